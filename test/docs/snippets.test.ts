/**
 * Every YAML and shell snippet in README.md and docs/*.md runs as written.
 *
 * - Shell snippets run in bash (`-e`: any failing command fails the snippet) against a fresh build: in a copy of
 *   the project layout whose `dist/` is that build (README's `node dist/cli.js …`), or with `agent-attest` on
 *   PATH (docs). They start their own devstack, as a reader would.
 * - YAML snippets are workflow steps: every step that uses one of our actions runs through the built action in a
 *   real process, with GitHub's conventions (INPUT_* variables with action.yml's defaults, output files), its
 *   inputs exactly as the snippet writes them. The test adds only what GitHub and the runner would provide: the
 *   repository and token, a Sigstore instance (the devstack) and its trusted root, and the files the snippet
 *   presumes (the built artifact, the policy file it names). A snippet that sets inputs the action refuses fails.
 * - A snippet that cannot run here is listed in NOT_RUN with the reason; an unlisted one that does not run fails.
 *
 * What is checked is that each command succeeds and each action reaches a decision (robust to output wording).
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { startGitHubServer, type GitHubTestServer } from '../../src/devstack/github.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { GitRepo } from '../support/gitrepo.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  'docs/attribution.md',
  'docs/devstack.md',
  'docs/github.md',
  'docs/images.md',
  'docs/policy.md',
  'docs/reports.md',
  'docs/statement.md',
  'docs/surfaces.md',
  'docs/verify.md',
];

interface Snippet {
  file: string;
  line: number;
  lang: 'yaml' | 'sh';
  text: string;
}

/** Fenced ```yaml / ```yml / ```sh / ```bash blocks (untagged blocks are synopses, not commands). */
async function snippets(): Promise<Snippet[]> {
  const out: Snippet[] = [];
  for (const file of DOCS) {
    const text = await readFile(path.join(ROOT, file), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    for (const m of text.matchAll(/^```(yaml|yml|sh|bash)\n([\s\S]*?)^```/gm)) {
      out.push({
        file,
        line: text.slice(0, m.index).split('\n').length,
        lang: m[1] === 'sh' || m[1] === 'bash' ? 'sh' : 'yaml',
        text: m[2]!,
      });
    }
  }
  return out;
}

/** Snippets that cannot run here, each found by a line that starts so (indentation aside), with why. */
const NOT_RUN: Array<{ file: string; contains: string; why: string }> = [
  {
    file: 'README.md',
    contains: 'bash scripts/test.sh',
    why: 'runs this very test suite; its other line, scripts/demo.sh, is what CI runs after the tests (.ci/run)',
  },
  {
    file: 'README.md',
    contains: 'gh attestation verify dist/app.tgz --repo',
    why: "gh and cosign verify against GitHub's and Sigstore's public services: network",
  },
  {
    file: 'README.md',
    contains: 'subject-image: |',
    why: 'pushes to ghcr.io with docker/login-action and step outputs: a registry at that host; images are tested against a local registry in test/oci',
  },
  {
    file: 'README.md',
    contains: 'subject-image: ghcr.io/',
    why: 'resolves a tag at ghcr.io: network; images are tested against a local registry in test/oci',
  },
];
const hasLine = (s: Snippet, start: string) =>
  s.text.split('\n').some((l) => l.trimStart().startsWith(start));
const notRun = (s: Snippet) => NOT_RUN.find((n) => n.file === s.file && hasLine(s, n.contains));

let tmp: string;
let dist: string;
let bin: string;

function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group: whatever the snippet leaves running in the background is stopped with it.
    const child = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), opts.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // the group is gone already
      }
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'aa-snippets-'));
  dist = path.join(tmp, 'project', 'dist');
  const built = await run(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--outdir', dist], {
    cwd: ROOT,
    env: process.env,
  });
  expect(built.code, built.stderr).toBe(0);
  // `agent-attest` as an installed package puts it on PATH; `node` is this Node.
  bin = path.join(tmp, 'bin');
  await mkdir(bin);
  await writeFile(
    path.join(bin, 'agent-attest'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(dist, 'cli.js')}" "$@"\n`,
  );
  await chmod(path.join(bin, 'agent-attest'), 0o755);
}, 120_000);
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const shellEnv = (): NodeJS.ProcessEnv => ({
  PATH: `${bin}:${path.dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
  HOME: tmp,
  TMPDIR: tmp,
});

describe('README and docs snippets', async () => {
  const all = await snippets();

  it('finds the snippets, and every one is run or listed with a reason', () => {
    expect(all.filter((s) => s.lang === 'sh').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((s) => s.lang === 'yaml').length).toBeGreaterThanOrEqual(3);
    for (const n of NOT_RUN)
      expect(
        all.some((s) => s.file === n.file && hasLine(s, n.contains)),
        `NOT_RUN entry for a snippet that is gone: ${n.file} "${n.contains}"`,
      ).toBe(true);
  });

  const shell = all.filter((s) => s.lang === 'sh' && !notRun(s));
  it.each(shell.map((s) => [`${s.file}:${s.line}`, s] as const))('shell %s runs', async (_name, s) => {
    // README's commands run from a checkout (`node dist/cli.js`); the docs' from a project of one's own
    // with agent-attest installed and a built artifact in dist/.
    const cwd = path.join(tmp, `sh-${s.line}-${path.basename(s.file, '.md')}`);
    await mkdir(path.join(cwd, 'dist'), { recursive: true });
    if (s.text.includes('node dist/cli.js')) {
      for (const f of ['cli.js', 'attest.js', 'verify.js'])
        await copyFile(path.join(dist, f), path.join(cwd, 'dist', f));
      await run('cp', ['-R', path.join(dist, 'chunks'), path.join(cwd, 'dist', 'chunks')], {
        cwd,
        env: shellEnv(),
      });
      await copyFile(path.join(ROOT, 'package.json'), path.join(cwd, 'package.json'));
    } else {
      await writeFile(path.join(cwd, 'dist', 'pkg.tgz'), 'a built package\n');
    }
    const r = await run('bash', ['-e', '-c', s.text], { cwd, env: shellEnv() });
    expect(
      r.code,
      `${s.file}:${s.line} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
    ).toBe(0);
  });

  describe('YAML steps through the built actions', () => {
    let stack: TestDevstack;
    let github: GitHubTestServer;
    let repo: GitRepo;
    let head: string;
    const TOKEN = 'ghs_snippets_token';

    beforeAll(async () => {
      // The repository the snippets' signer-workflow names (my-org/my-repo), with an approved Claude Code commit.
      repo = await GitRepo.create();
      await repo.commit({ message: 'initial', files: { 'README.md': 'x\n' } });
      await repo.tag('v1.0.0');
      const agent = await repo.commit({
        message: 'feat: login\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
        files: { 'src/login.ts': 'export const login = 1;\n' },
      });
      head = agent;
      await mkdir(path.join(repo.path, 'dist'), { recursive: true });
      await writeFile(path.join(repo.path, 'dist', 'app.tgz'), 'the release\n');
      stack = await startTestDevstack({ claims: { repository: 'my-org/my-repo', sha: head } });
      github = await startGitHubServer({
        accounts: [
          { login: 'my-org', id: 9, type: 'Organization' },
          { login: 'dana', id: 10, type: 'User' },
          { login: 'alex', id: 11, type: 'User' },
        ],
        repos: [
          {
            owner: 'my-org',
            name: 'my-repo',
            id: 123456789,
            pulls: [
              {
                number: 1,
                author: 'dana',
                headSha: agent,
                commits: [agent],
                reviews: [
                  {
                    id: 1,
                    user: 'alex',
                    state: 'APPROVED',
                    commitId: agent,
                    submittedAt: '2026-01-05T10:00:00Z',
                  },
                ],
              },
            ],
          },
        ],
        validTokens: [TOKEN],
      });
    }, 120_000);
    afterAll(async () => {
      await stack?.close();
      await github?.close();
      await repo?.remove();
    });

    /** An action as the runner starts it: action.yml defaults, then the step's `with`, then the harness's. */
    async function runAction(kind: 'attest' | 'verify', withInputs: Record<string, unknown>) {
      const actionYml = parseYaml(
        await readFile(path.join(ROOT, kind === 'attest' ? 'action.yml' : 'verify/action.yml'), 'utf8'),
      ) as { inputs: Record<string, { default?: string }> };
      const inputs: Record<string, string> = {};
      for (const [name, spec] of Object.entries(actionYml.inputs)) {
        if (spec.default === undefined) continue;
        inputs[name] = spec.default === '${{ github.token }}' ? TOKEN : spec.default;
      }
      for (const [name, value] of Object.entries(withInputs)) inputs[name] = String(value);
      // The policy file a gate snippet names is the reader's own: the documented example stands in for it.
      if (inputs['policy']) {
        const policy = path.join(repo.path, inputs['policy']);
        await mkdir(path.dirname(policy), { recursive: true });
        await copyFile(path.join(ROOT, 'examples', 'policy.yml'), policy);
      }
      // What this machine stands in for: the Sigstore instance, and its trusted root.
      if (kind === 'attest') inputs['sigstore'] = stack.signingConfigPath;
      else inputs['trusted-root'] = stack.trustedRootPath;

      const runnerTemp = await mkdtemp(path.join(tmp, 'runner-'));
      const outputFile = path.join(runnerTemp, 'output');
      const summaryFile = path.join(runnerTemp, 'summary');
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const env: NodeJS.ProcessEnv = {
        PATH: process.env['PATH'],
        HOME: tmp,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo.path,
        GITHUB_REPOSITORY: 'my-org/my-repo',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: github.url,
        GITHUB_SHA: head,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'push',
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...stack.env,
      };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
      const r = await run(process.execPath, [path.join(dist, `${kind}.js`)], { cwd: repo.path, env });
      const outputs: Record<string, string> = {};
      for (const m of (await readFile(outputFile, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
        outputs[m[1]!] = m[3]!;
      return { ...r, outputs };
    }

    const yamlSnippets = all.filter((s) => s.lang === 'yaml' && !notRun(s));
    // Releases first: the gate snippets find the attestation the release snippet stored.
    yamlSnippets.sort(
      (a, b) =>
        Number(b.text.includes('OWNER/agent-attest@')) - Number(a.text.includes('OWNER/agent-attest@')),
    );
    it.each(yamlSnippets.map((s) => [`${s.file}:${s.line}`, s] as const))(
      'yaml %s runs',
      async (_name, s) => {
        const doc = parseYaml(s.text) as unknown;
        const steps = (Array.isArray(doc) ? doc : ((doc as { steps?: unknown[] }).steps ?? [])) as Array<{
          uses?: string;
          with?: Record<string, unknown>;
        }>;
        const ours = steps.filter((st) => /^OWNER\/agent-attest(\/verify)?@v1$/.test(st.uses ?? ''));
        expect(ours.length, `${s.file}:${s.line} has no agent-attest step`).toBeGreaterThan(0);
        for (const step of ours) {
          const kind = step.uses!.includes('/verify@') ? 'verify' : 'attest';
          const r = await runAction(kind, step.with ?? {});
          const where = `${s.file}:${s.line} (${kind})\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
          if (kind === 'attest') {
            expect(r.code, where).toBe(0);
            expect(r.outputs['bundle-path'], where).toBeTruthy();
            expect(r.outputs['attestation-id'], where).toBeTruthy();
          } else {
            // A decision, pass or fail by the rules: not a refusal of the inputs (decision `error`).
            const resultPath = r.outputs['result-path'];
            expect(resultPath, where).toBeTruthy();
            const { decision } = JSON.parse(await readFile(resultPath!, 'utf8')) as { decision: string };
            expect(['pass', 'fail'], `${where}\n--- decision ${decision}`).toContain(decision);
            expect(r.outputs['result'], where).toBe(decision);
          }
        }
      },
    );
  });
});
