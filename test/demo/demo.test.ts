/**
 * `agent-attest demo`, in-process and for real: the devstack and the GitHub-API-compatible server on
 * 127.0.0.1, real git, real signing and verification. Each step's outcome is checked in what it prints, in the
 * files it keeps, and by running the CLI commands it prints on those files. The gate seam breaks an
 * expectation on purpose to show that the demo then fails, naming the step.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/demo.js';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { runGate } from '../../src/core/gate/index.js';
import { EXTENSION_KEY, type Statement } from '../../src/core/statement/types.js';
import { DEMO_STEPS, type DemoResult, type DemoStep } from '../../src/demo/index.js';

function captureIO(cwd: string): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    isTTY: false,
    cwd,
    out: () => out,
    err: () => err,
  };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'aa-demo-test-'));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const STEP_IDS = [
  'repository',
  'devstack',
  'attest',
  'footprint',
  'report',
  'gate-refuses',
  'approval',
  'tampered-artifact',
  'look-alike-signer',
  'query',
];
const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';

describe('agent-attest demo', () => {
  let keep: string;
  let out: string;
  let code: number;
  let err: string;
  beforeAll(async () => {
    // An existing, empty folder is fine for --keep.
    keep = path.join(tmp, 'kept');
    await mkdir(keep);
    const io = captureIO(tmp);
    code = await run(['--keep', 'kept'], io);
    out = io.out();
    err = io.err();
  }, 120_000);

  /** The lines of one step: its mark line and the indented lines under it. */
  const block = (summary: RegExp): string[] => {
    const lines = out.split('\n');
    const start = lines.findIndex((l) => /^\[(ok|FAIL)\] /.test(l) && summary.test(l));
    expect(start, `no step line matches ${summary}`).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('    '));
    return lines.slice(start, end);
  };

  it('runs every step and exits 0', () => {
    expect(err).toBe('');
    expect(code).toBe(0);
    const marks = out.split('\n').filter((l) => /^\[(ok|FAIL)\]/.test(l));
    expect(marks).toHaveLength(STEP_IDS.length + 1);
    expect(marks.every((l) => l.startsWith('[ok] '))).toBe(true);
    expect(out).toMatch(
      /\[ok\] done: every step behaved as expected in \d+\.\d s; everything is in .*kept\n$/,
    );
  });

  it('builds a history with three agents, a human and an AI config change', () => {
    const lines = block(/a repository whose release range \(v0\.1\.0\.\.main\) has 5 commits/);
    expect(lines.slice(1, 6).map((l) => l.replace(/^ {4}[0-9a-f]{7} {2}/, ''))).toEqual([
      'feat(auth): refresh session tokens before they expire  (Claude Code, by its Co-Authored-By trailer and the commit-time tag; on an auth path)',
      'Add a /users endpoint with pagination  (the Copilot coding agent; its bot opened the pull request)',
      'fix: an empty user list is an empty page  (the Cursor agent)',
      'chore: share the editor setup  (an outside contributor; AI assistant config that runs code on folder open)',
      'docs: how to run the service  (a human)',
    ]);
  });

  it('shows the footprint: agents with their evidence, models, share, risk, config surfaces, reviews', () => {
    const lines = block(/^\[ok\] footprint: /);
    expect(lines[0]).toBe(
      '[ok] footprint: 3 of 5 commits by coding agents (60%), 3 executable AI config changes',
    );
    expect(lines).toContain(
      '    agents     claude-code 1 (declared), copilot-coding-agent 1 (verified), cursor 1 (declared)',
    );
    expect(lines.find((l) => l.startsWith('    models '))).toMatch(/anthropic\/claude-opus-4-5 1/);
    expect(lines).toContain('    risk       auth: 1 agent commit(s) (src/auth/session.js)');
    const surfaces = lines.filter((l) => l.startsWith('    surface '));
    expect(surfaces.map((l) => l.split(' ').filter(Boolean).slice(1, 3).join(' '))).toEqual([
      'HIGH .claude/settings.json',
      'HIGH .vscode/tasks.json',
      'HIGH scripts/dev-setup.js',
    ]);
    expect(surfaces[1]).toContain('folderOpen task runs without a user action');
    // Made with the commit-time hook installed (hooks install --review required), in Claude Code's shell.
    expect(lines.find((l) => l.startsWith('    tagged '))).toMatch(
      /^ {4}tagged {5}1 of 3 agent commits at commit time: [0-9a-f]{7} Agent: claude-code; model claude-opus-4-5; session 3f6c2a9e-8d41-4c57-9b0e-2a7d5e1c4b86; review required$/,
    );
    expect(lines).toContain('    reviews    #11 NOT approved, #12 approved, #13 approved, #14 NOT approved');
  });

  it('writes the HTML report into the kept folder and says where it is', async () => {
    const lines = block(/^\[ok\] the HTML report: /);
    expect(lines[0]).toMatch(
      /^\[ok\] the HTML report: \d+ of \d+ lines at head \(\d+%\) last changed by coding agents/,
    );
    expect(lines).toContain(`    open ${path.join(keep, 'report.html')} in a browser`);
    const html = await readFile(path.join(keep, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    // Its reviews came from the local GitHub API: the pull requests are in the page.
    expect(html).toContain('id="pull-requests-table"');
    expect(html).toContain('claude-code');
  });

  it('the gate refuses for the two reasons, then passes after the approval', () => {
    const refused = block(/the deploy gate refuses dist\/app\.js/);
    expect(refused[0]).toBe(
      '[ok] the deploy gate refuses dist/app.js: signature and signer fine, 4 policy rules fail',
    );
    expect(refused.filter((l) => l.startsWith('    FAIL ')).map((l) => l.split(':')[0]!.trim())).toEqual([
      'FAIL reviews.human-approval',
      'FAIL reviews.declared',
      'FAIL protected-paths.approvals',
      'FAIL surfaces.executable-changes',
    ]);
    expect(refused.join('\n')).toMatch(/protected-paths\.approvals: agent code in src\/auth\/\*\* .*#11/);
    expect(refused.join('\n')).toMatch(/surfaces\.executable-changes: .*#14/);
    expect(refused.join('\n')).toMatch(
      /reviews\.declared: the declared review requirement of [0-9a-f]{7} \(required\) is not met: #11 no approval/,
    );

    const passed = block(/alex approves #11 and #14 on GitHub; re-attested, the gate passes/);
    const results = passed.filter((l) => /^ {4}(PASS|FAIL|SKIP) /.test(l));
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.every((l) => l.startsWith('    PASS '))).toBe(true);
  });

  it('rejects the tampered artifact and the look-alike signer for the right reasons', () => {
    expect(block(/a tampered copy of dist\/app\.js/)[1]).toMatch(/^ {4}SUBJECT_MISMATCH: /);
    const evil = block(/main-evil is rejected$/);
    expect(evil[0]).toBe(`[ok] a bundle signed by https://github.com/${WORKFLOW}-evil is rejected`);
    expect(evil[1]).toMatch(/^ {4}IDENTITY_MISMATCH: signer workflow is .*main-evil/);
  });

  it('answers the query: the artifact, from both releases, with its agents', () => {
    const lines = block(/which artifacts contain agent code from the last 30 days\?/);
    const rows = lines.filter((l) => /^ {4}\d{4}-\d{2}-\d{2} /.test(l));
    expect(rows).toHaveLength(2);
    for (const r of rows)
      expect(r).toMatch(
        /dist\/app\.js {2}sha256:[0-9a-f]{12} {2}claude-code, copilot-coding-agent, cursor {2}3 agent commit\(s\) of 5$/,
      );
  });

  it('keeps what it made, and the statement carries what the footprint showed', async () => {
    expect((await readdir(keep)).sort()).toEqual([
      'attacker',
      'policy.yml',
      'releases',
      'repo',
      'report.html',
      'tampered',
      'trust',
    ]);
    const statement = JSON.parse(
      await readFile(path.join(keep, 'releases', 'app-2.intoto.json'), 'utf8'),
    ) as Statement<
      Record<
        string,
        { reviews: { status: string; pullRequests: { number: number; humanApprovalOfHead: boolean }[] } }
      >
    >;
    expect(statement.subject.map((s) => s.name)).toEqual(['dist/app.js']);
    const reviews = statement.predicate[EXTENSION_KEY]!.reviews;
    expect(reviews.status).toBe('collected');
    expect(reviews.pullRequests.map((p) => [p.number, p.humanApprovalOfHead])).toEqual([
      [11, true],
      [12, true],
      [13, true],
      [14, true],
    ]);
  });

  it('every command it prints works on the kept files and gives the outcome the step showed', async () => {
    const commands = out
      .split('\n')
      .filter((l) => l.startsWith('    $ agent-attest '))
      .map((l) => l.slice('    $ agent-attest '.length));
    // devstack and attest need the services the demo closed; the rest run offline on the kept files.
    const offline = commands.filter((c) => !c.startsWith('devstack') && !c.includes('…'));
    // The commands name files relative to the kept folder, as a user there would type them.
    const outcome = async (command: string) => {
      const io = captureIO(keep);
      const cwd = process.cwd();
      process.chdir(keep);
      try {
        return { code: await main(command.split(' '), io), out: io.out(), err: io.err() };
      } finally {
        process.chdir(cwd);
      }
    };
    const byBundle = (b: string) => offline.find((c) => c.includes(`--bundle ${b}`))!;
    const refused = await outcome(byBundle('releases/app-1.sigstore.json'));
    expect(refused.code).toBe(1);
    // docs/verify.md shows this very output as its sample: the same, times, digests and ports aside.
    const docs = await readFile(path.resolve(import.meta.dirname, '../../docs/verify.md'), 'utf8');
    const sample = /```\n\$ agent-attest (verify [^\n]*)\n([\s\S]*?)```/.exec(docs)!;
    expect(sample[1]).toBe(byBundle('releases/app-1.sigstore.json'));
    const volatile = (text: string) =>
      text
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>')
        .replace(/\b[0-9a-f]{12,64}\b/g, '<hex>')
        .replace(/\b[0-9a-f]{7}\b/g, '<sha>')
        .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
        .replace(/signed \d+m ago/g, 'signed <age> ago');
    expect(volatile(sample[2]!)).toBe(volatile(refused.out));
    expect((await outcome(byBundle('releases/app-2.sigstore.json'))).code).toBe(0);
    const tamperedCmd = offline.find((c) => c.startsWith('verify tampered/'))!;
    expect((await outcome(tamperedCmd)).out).toContain('SUBJECT_MISMATCH');
    const evil = await outcome(byBundle('attacker/app.sigstore.json'));
    expect(evil.code).toBe(1);
    expect(evil.out).toContain('IDENTITY_MISMATCH');
    const scan = await outcome(offline.find((c) => c.startsWith('scan '))!);
    expect(scan.code).toBe(0);
    expect(scan.out).toMatch(/claude-code/);
    const query = await outcome(offline.find((c) => c.startsWith('query '))!);
    expect(query.err).toBe('');
    expect(query.code).toBe(0);
    expect(query.out).toContain('2 artifact(s) listed from 2 bundle(s): all 2 verified (signer pinned)');
  });
});

describe('agent-attest demo when a step misbehaves', () => {
  it('exits 1 naming the step when the gate lets a look-alike signer through, and stops there', async () => {
    const io = captureIO(tmp);
    // A gate that passes every bundle signed from main-evil: the look-alike expectation no longer holds.
    const lenient: typeof runGate = async (options, deps) => {
      const result = await runGate(options, deps);
      if (!options.bundlePaths.some((b) => b.includes(`${path.sep}attacker${path.sep}`))) return result;
      return {
        ...result,
        pass: true,
        report: {
          ...result.report,
          ok: true,
          artifacts: result.report.artifacts.map((a) => ({ ...a, ok: true, failures: [] })),
        },
      };
    };
    // Kept in the test's folder: a run without --keep would leave its report in the system's temporary folder.
    expect(await run(['--format', 'json', '--keep', 'lenient'], io, { gate: lenient })).toBe(1);
    const result = JSON.parse(io.out()) as DemoResult;
    expect(result.ok).toBe(false);
    expect(result.failedStep).toBe('look-alike-signer');
    expect(result.steps.map((s) => [s.id, s.ok])).toEqual([
      ...STEP_IDS.slice(0, 8).map((id) => [id, true]),
      ['look-alike-signer', false],
    ]);
    expect(result.steps.at(-1)!.summary).toBe("the look-alike signer's bundle verified; it must be rejected");
    expect(io.err()).toBe(
      "agent-attest demo: step 'look-alike-signer' did not behave as expected: the look-alike signer's bundle verified; it must be rejected\n",
    );
  }, 120_000);

  it('steps are a list: a step added to it runs in turn; the first failing one stops the rest and closes what was opened', async () => {
    let closed = 0;
    const opened: DemoStep = {
      id: 'opens-a-service',
      run: async (state) => {
        state.cleanup.push(async () => void closed++);
        return { summary: 'a service is up' };
      },
    };
    const broken: DemoStep = {
      id: 'a-new-step',
      run: async () => {
        throw new Error('it broke');
      },
    };
    const never: DemoStep = { id: 'never', run: async () => ({ summary: 'should not run' }) };
    const io = captureIO(tmp);
    expect(await run([], io, { steps: [opened, broken, never] })).toBe(1);
    expect(io.out()).toContain('[ok] a service is up\n[FAIL] a-new-step failed: it broke\n');
    expect(io.out()).not.toContain('should not run');
    expect(closed).toBe(1);
    expect(DEMO_STEPS.map((s) => s.id)).toEqual(STEP_IDS);
  });

  it('removes its temporary folder when not told to keep it', async () => {
    const before = (await readdir(tmpdir())).filter((n) => n.startsWith('agent-attest-demo-'));
    const io = captureIO(tmp);
    expect(await run([], io, { steps: DEMO_STEPS.slice(0, 1) })).toBe(0);
    expect(io.out()).toContain(
      '(its temporary files are removed, the report is kept; keep everything with --keep DIR)',
    );
    const after = (await readdir(tmpdir())).filter((n) => n.startsWith('agent-attest-demo-'));
    expect(after.filter((n) => !before.includes(n))).toEqual([]);
  });
});

describe('agent-attest demo flags', () => {
  it('--keep refuses a file and a folder with something in it, before anything starts', async () => {
    await writeFile(path.join(tmp, 'a-file'), 'x');
    await mkdir(path.join(tmp, 'full'), { recursive: true });
    await writeFile(path.join(tmp, 'full', 'mine.txt'), 'x');
    const file = captureIO(tmp);
    expect(await main(['demo', '--keep', 'a-file'], file)).toBe(2);
    expect(file.err()).toBe(
      "agent-attest demo: --keep a-file: is a file; pass a folder to keep the demo's files in (a new one, e.g. a-file.demo).\n",
    );
    expect(file.out()).toBe('');
    const full = captureIO(tmp);
    expect(await main(['demo', '--keep', 'full'], full)).toBe(2);
    expect(full.err()).toBe(
      "agent-attest demo: --keep full: the folder is not empty; pass a new or empty folder (the demo writes a repository, bundles and keys' trust files into it).\n",
    );
    expect(await readdir(path.join(tmp, 'full'))).toEqual(['mine.txt']);
  });

  it('--help, unknown flags and bad --format', async () => {
    const help = captureIO(tmp);
    expect(await main(['demo', '--help'], help)).toBe(0);
    expect(help.out()).toMatch(/^usage: agent-attest demo /);

    const bad = captureIO(tmp);
    expect(await main(['demo', '--nope'], bad)).toBe(2);
    expect(bad.err().trim().split('\n')).toHaveLength(1);
    expect(bad.err()).toContain('--nope');

    const fmt = captureIO(tmp);
    expect(await main(['demo', '--format', 'xml'], fmt)).toBe(2);
    expect(fmt.err()).toContain('--format must be text or json');
  });
});
