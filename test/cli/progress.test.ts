/**
 * Progress on a terminal, for the commands that can run long: scan (commits, then blamed files with
 * --line-share), verify (bundles read) and attest (files hashed, commits scanned). A fake terminal whose clock
 * moves a second per reading shows every update; the same runs on a pipe write nothing but their output.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { GitRepo } from '../support/gitrepo.js';
import { haveReal, PG, SIGSTORE_JS } from '../verify/helpers.js';

function terminal(tty: boolean, cwd: string) {
  let t = 0;
  const io = {
    out: '',
    err: '',
    isTTY: tty,
    cwd,
    // A second passes between any two readings: every update is due.
    clock: () => (t += 1000),
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
  };
  return io satisfies CliIO;
}

/** The statuses a progress line showed, without their elapsed time. */
const statuses = (err: string): string[] =>
  err
    .split('\r')
    .map((s) => s.trim().replace(/ \(\d+\.\d s\)$/, ''))
    .filter((s) => s !== '');

let repo: GitRepo;
let dir: string;
beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.commit({ message: 'init', files: { 'a.txt': 'a\n' } });
  await repo.commit({
    message: 'feat: b\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
    files: { 'b.txt': 'b\nb\n', 'dist/app.js': 'app\n' },
  });
  await repo.commit({ message: 'docs', files: { 'README.md': 'readme\n' } });
  dir = await mkdtemp(path.join(tmpdir(), 'aa-progress-'));
  await mkdir(path.join(dir, 'out'));
});
afterAll(async () => {
  await repo?.remove();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('progress on a terminal, nothing on a pipe', () => {
  it('scan --line-share: commits scanned, then files blamed; the line is erased before the report', async () => {
    const argv = ['scan', '--repo-path', repo.path, '--line-share', '--format', 'json'];
    const tty = terminal(true, dir);
    expect(await main(argv, tty)).toBe(0);
    expect(statuses(tty.err)).toEqual(
      expect.arrayContaining(['scanning… 3 commits', 'blaming… 4 of 4 files']),
    );
    expect(tty.err.endsWith('\r')).toBe(true);
    expect(JSON.parse(tty.out).lineShare.files).toBe(4);
    const pipe = terminal(false, dir);
    expect(await main(argv, pipe)).toBe(0);
    expect(pipe.err).toBe('');
    expect(JSON.parse(pipe.out).lineShare).toEqual(JSON.parse(tty.out).lineShare);
  });

  it('attest: files hashed and commits scanned', async () => {
    const argv = [
      'attest',
      '--no-sign',
      '--repo-path',
      repo.path,
      '--subject-path',
      'dist/*',
      '--statement-out',
      path.join(dir, 'out', 'statement.json'),
      '--reviews',
      'off',
    ];
    const tty = terminal(true, repo.path);
    expect(await main(argv, tty), tty.err).toBe(0);
    expect(statuses(tty.err)).toEqual(
      expect.arrayContaining(['hashing… 1 of 1 files', 'scanning… 3 commits']),
    );
    const pipe = terminal(false, repo.path);
    expect(await main(argv, pipe)).toBe(0);
    expect(pipe.err).not.toContain('\r');
    expect(pipe.err).not.toContain('hashing');
  });

  it.skipIf(!haveReal)('query: bundles judged, of how many', async () => {
    const argv = [
      'query',
      path.dirname(SIGSTORE_JS.jsonl),
      '--trusted-root',
      PG,
      '--certificate-identity',
      SIGSTORE_JS.san,
    ];
    const tty = terminal(true, dir);
    const code = await main(argv, tty);
    expect(statuses(tty.err)).toEqual(
      expect.arrayContaining(['reading bundles…', expect.stringMatching(/^verifying… \d+ of \d+ bundles$/)]),
    );
    const pipe = terminal(false, dir);
    expect(await main(argv, pipe)).toBe(code);
    expect(pipe.err).not.toContain('\r');
    expect(pipe.out).toBe(tty.out);
  });

  it.skipIf(!haveReal)('verify: bundles read, and how far through the files', async () => {
    const argv = [
      'verify',
      SIGSTORE_JS.artifact,
      '--bundle',
      SIGSTORE_JS.bundle,
      '--trusted-root',
      PG,
      '--certificate-identity',
      SIGSTORE_JS.san,
    ];
    const tty = terminal(true, dir);
    expect(await main(argv, tty), tty.err).toBe(0);
    expect(statuses(tty.err)).toEqual(
      expect.arrayContaining([
        'verifying…',
        expect.stringMatching(/^verifying… 1 bundles, \d+\.\d of \d+\.\d MB$/),
      ]),
    );
    expect(tty.out).toMatch(/^PASS {2}1 artifact\(s\)/);
    const pipe = terminal(false, dir);
    expect(await main(argv, pipe)).toBe(0);
    expect(pipe.err).toBe('');
    expect(pipe.out).toBe(tty.out);
  });
});
