/**
 * The two actions with images, built and run as GitHub runs them (INPUT_* variables, output and summary
 * files): attest with `subject-image` + `push-to-registry` against the real registry, then the verify
 * action by `subject-image` (digest and tag) and by `subject-name` + `subject-digest`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { GitRepo } from '../support/gitrepo.js';
import { registryBinary, REGISTRY_MISSING, sharedRegistry, type TestRegistry } from '../support/registry.js';
import { pushImage } from './images.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const hasRegistry = registryBinary() !== undefined;
if (!hasRegistry) console.warn(REGISTRY_MISSING);

let tmp: string;
let dist: string;
let stack: TestDevstack;
let registry: TestRegistry;
let repo: GitRepo;
let head: string;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

beforeAll(async () => {
  if (!hasRegistry) return;
  tmp = await mkdtemp(path.join(tmpdir(), 'aa-oci-actions-'));
  dist = path.join(tmp, 'dist');
  const built = await run([path.join(ROOT, 'scripts/build.mjs'), '--outdir', dist], process.env);
  if (built.code !== 0) throw new Error(`build failed: ${built.out}`);
  repo = await GitRepo.create();
  await repo.commit({ message: 'init', files: { 'README.md': 'hi' } });
  head = await repo.commit({
    message: 'feat: images\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
    files: { Dockerfile: 'FROM scratch\n' },
  });
  [stack, registry] = await Promise.all([startTestDevstack(), sharedRegistry()]);
}, 180_000);

afterAll(async () => {
  await Promise.all([stack?.close(), registry?.close(), repo?.remove()]);
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function action(
  name: 'attest' | 'verify',
  inputs: Record<string, string>,
  dockerConfigDir = registry.dockerConfigDir,
) {
  const runnerTemp = await mkdtemp(path.join(tmp, 'runner-'));
  const outputFile = path.join(runnerTemp, 'output.txt');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.path,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: head,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    DOCKER_CONFIG: dockerConfigDir,
    ...stack.env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const r = await run([path.join(dist, `${name}.js`)], env);
  const summary = await readFile(summaryFile, 'utf8');
  const outputs: Record<string, string> = {};
  for (const m of (await readFile(outputFile, 'utf8')).matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]!] = m[3]!;
  return { ...r, outputs, summary };
}

describe.skipIf(!hasRegistry)('the actions with images', () => {
  it('attest pushes every image of subject-image; verify passes them by digest, by tag and by subject-name', async () => {
    const api = await pushImage(registry, 'actions/api', 'v2');
    const web = await pushImage(registry, 'actions/web', 'v2');
    const attest = await action('attest', {
      'subject-image': `${registry.host}/actions/api@${api}\n${registry.host}/actions/web@${web}`,
      'push-to-registry': 'true',
      sigstore: stack.signingConfigPath,
      store: 'false',
      reviews: 'off',
      'base-ref': `${head}~1`,
    });
    expect(attest.code, attest.out).toBe(0);
    expect(attest.outputs['subject-count']).toBe('2');
    expect(attest.outputs['bundle-paths']!.split('\n')).toHaveLength(2);
    const pushed = attest.outputs['registry-attestations']!.split('\n');
    expect(pushed).toHaveLength(2);
    expect(pushed[0]).toMatch(new RegExp(`^${registry.host}/actions/api@sha256:[0-9a-f]{64}$`));
    expect(attest.summary).toContain('### Pushed to registries');
    expect(attest.summary).toContain(`<code>${pushed[1]}</code> (referrers tag)`);

    const byImage = await action('verify', {
      'subject-image': `${registry.host}/actions/api@${api}\noci://${registry.host}/actions/web:v2`,
      'signer-workflow': WORKFLOW,
      'trusted-root': stack.trustedRootPath,
      'allowed-agents': 'claude-code',
    });
    expect(byImage.code, byImage.out).toBe(0);
    expect(byImage.outputs.result).toBe('pass');
    const doc = JSON.parse(await readFile(byImage.outputs['result-path']!, 'utf8'));
    expect(doc.artifacts.map((a: { name: string }) => a.name)).toEqual([
      `${registry.host}/actions/api@${api}`,
      `${registry.host}/actions/web@${web}`,
    ]);

    const byName = await action('verify', {
      'subject-name': `${registry.host}/actions/web`,
      'subject-digest': web,
      'signer-workflow': WORKFLOW,
      'trusted-root': stack.trustedRootPath,
    });
    expect(byName.code, byName.out).toBe(0);

    const denied = await action('verify', {
      'subject-image': `${registry.host}/actions/api@${api}`,
      'signer-workflow': WORKFLOW,
      'trusted-root': stack.trustedRootPath,
      'denied-agents': 'claude-code',
    });
    expect(denied.code).not.toBe(0);
    expect(denied.outputs.result).toBe('fail');
  });

  it('attest fails the step naming the image whose push was refused, after writing every output', async () => {
    const digest = await pushImage(registry, 'actions/nologin', 'v1');
    const r = await action(
      'attest',
      {
        'subject-image': `${registry.host}/actions/nologin@${digest}`,
        'push-to-registry': 'true',
        sigstore: stack.signingConfigPath,
        store: 'false',
        reviews: 'off',
        'base-ref': `${head}~1`,
      },
      registry.emptyDockerConfigDir,
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(
      `::error::push-to-registry failed for 1 of 1 image(s): ${registry.host}/actions/nologin@${digest}: registry ${registry.host} requires authentication`,
    );
    expect(r.outputs['bundle-path']).toBeTruthy();
    await readFile(r.outputs['bundle-path']!, 'utf8');
    expect(r.outputs['registry-attestations']).toBe('');
    expect(r.summary).toContain('❌ not pushed: registry');
  });
});
