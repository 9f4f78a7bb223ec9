/** Every example in examples/ is usable as written: policies validate, workflows use real action inputs. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPolicyFile } from '../../src/core/policy/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'examples');

async function yamlFiles(): Promise<string[]> {
  return (await readdir(EXAMPLES)).filter((f) => /\.ya?ml$/.test(f)).sort();
}

async function inputsOf(actionYml: string): Promise<Set<string>> {
  const doc = parse(await readFile(path.join(ROOT, actionYml), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  return new Set(Object.keys(doc.inputs));
}

type Step = { uses?: string; with?: Record<string, unknown> };
type Workflow = {
  on?: unknown;
  jobs: Record<string, { steps?: Step[]; uses?: string; permissions?: Record<string, string> }>;
};

describe('examples', () => {
  it('every example policy validates against the schema', async () => {
    const policies = (await yamlFiles()).filter((f) => f.startsWith('policy'));
    expect(policies.length).toBeGreaterThanOrEqual(2);
    for (const f of policies) {
      const loaded = await loadPolicyFile(path.join(EXAMPLES, f));
      expect(loaded.document.version).toBe(1);
    }
  });

  it('the example policy uses every section', async () => {
    const { document } = await loadPolicyFile(path.join(EXAMPLES, 'policy.yml'));
    expect(Object.keys(document).sort()).toEqual([
      'agents',
      'freshness',
      'identity',
      'reviews',
      'surfaces',
      'version',
    ]);
  });

  it('workflows pass only inputs the actions declare', async () => {
    const attestInputs = await inputsOf('action.yml');
    const verifyInputs = await inputsOf('verify/action.yml');
    const workflows = (await yamlFiles()).filter((f) => !f.startsWith('policy'));
    expect(workflows).toEqual([
      'caller.yml',
      'code-scanning.yml',
      'deploy.yml',
      'image-deploy.yml',
      'image-release.yml',
      'release.yml',
      'reusable-build.yml',
    ]);
    let uses = 0;
    for (const f of workflows) {
      const wf = parse(await readFile(path.join(EXAMPLES, f), 'utf8')) as Workflow;
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('OWNER/agent-attest')) continue;
          uses++;
          const declared = step.uses.startsWith('OWNER/agent-attest/verify@') ? verifyInputs : attestInputs;
          for (const key of Object.keys(step.with ?? {}))
            expect(declared, `${f}: ${step.uses} with ${key}`).toContain(key);
        }
      }
    }
    expect(uses).toBe(6);
  });

  it('attesting jobs have exactly the permissions they need and the full history', async () => {
    for (const f of ['release.yml', 'reusable-build.yml']) {
      const wf = parse(await readFile(path.join(EXAMPLES, f), 'utf8')) as Workflow;
      const job = Object.values(wf.jobs)[0]!;
      expect(job.permissions).toEqual({
        contents: 'read',
        'id-token': 'write',
        attestations: 'write',
        'pull-requests': 'read',
      });
      const checkout = job.steps!.find((s) => s.uses?.startsWith('actions/checkout'))!;
      expect(checkout.with).toMatchObject({ 'fetch-depth': 0 });
    }
  });

  it('the caller pins the reusable workflow it calls', async () => {
    const caller = parse(await readFile(path.join(EXAMPLES, 'caller.yml'), 'utf8')) as Workflow;
    const called = caller.jobs['build']!.uses!;
    const gate = caller.jobs['deploy']!.steps!.find((s) => s.uses?.startsWith('OWNER/agent-attest/verify@'))!;
    const [file, ref] = called.split('@');
    expect(gate.with!['signer-workflow']).toBe(`${file}@refs/tags/${ref}`);
  });
});
