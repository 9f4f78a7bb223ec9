/**
 * "unexpected error" must not be reachable from user input. Every command gets the usual mistakes — a
 * folder where a file belongs and the reverse, a missing path, an empty, truncated or binary file, an
 * output path that cannot be written — and must answer with one line naming the input, exit 2 (or 1 for
 * a verification failure), never "unexpected error". No network: nothing here gets as far as a service.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { GitRepo } from '../support/gitrepo.js';

let dir: string;
let repo: GitRepo;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aa-bad-input-'));
  await mkdir(path.join(dir, 'folder', 'inside'), { recursive: true });
  await writeFile(path.join(dir, 'folder', 'inside', 'x.txt'), 'x');
  await writeFile(path.join(dir, 'file.txt'), 'just text\n');
  await writeFile(path.join(dir, 'empty.json'), '');
  await writeFile(
    path.join(dir, 'truncated.json'),
    '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":{"cert',
  );
  await writeFile(path.join(dir, 'garbage.bin'), randomBytes(4096));
  await writeFile(path.join(dir, 'bad.yaml'), 'rules: [\n  - : : :\n\t}');
  await writeFile(path.join(dir, 'app.tgz'), 'artifact');
  repo = await GitRepo.create();
  await repo.commit({ message: 'init', files: { 'a.txt': 'a' } });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await repo?.remove();
});

function capture(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    cwd: dir,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

const VERIFY = ['verify', '--signer-repo', 'o/r'];
const DIGEST = `sha256:${'a'.repeat(64)}`;

// [argv, exit code, what the one line must name]
const CASES: Array<[string[], 1 | 2, RegExp]> = [
  // attest (previews: --no-sign, so no token and no service is ever asked)
  [['attest', '--no-sign', '--subject-path', 'folder'], 2, /subject-path 'folder' is a directory/],
  [['attest', '--no-sign', '--subject-path', 'nothing/*'], 2, /matches no files/],
  [['attest', '--no-sign', '--subject-checksums', 'folder'], 2, /folder/],
  [
    [
      'attest',
      '--no-sign',
      '--push-to-registry',
      '--subject-image',
      `registry.test/app@${'sha256:' + 'a'.repeat(64)}`,
    ],
    2,
    /--no-sign .* --push-to-registry/,
  ],
  [['attest', '--no-sign', '--subject-checksums', 'garbage.bin'], 2, /checksums/],
  [['attest', '--no-sign', '--subject-checksums', 'empty.json'], 2, /checksums|subject/],
  [['attest', '--no-sign', '--subject-path', 'app.tgz', '--statement-out', 'folder'], 2, /is a directory/],
  [
    ['attest', '--no-sign', '--subject-path', 'app.tgz', '--statement-out', 'file.txt/s.json'],
    2,
    /is a file/,
  ],
  [
    ['attest', '--no-sign', '--subject-path', 'app.tgz', '--repo-path', 'file.txt', '--base', 'HEAD~1'],
    2,
    /file\.txt|repo/,
  ],
  [['attest', '--no-sign', '--subject-path', 'app.tgz', '--repo-path', 'nope', '--head', 'HEAD'], 2, /nope/],
  [
    ['attest', '--no-sign', '--subject-digest', 'sha256:xyz', '--subject-name', 'a'],
    2,
    /subject-digest|sha256/,
  ],
  [
    ['attest', '--subject-path', 'app.tgz', '--sigstore', 'folder', '--identity-token', 'a.b.c'],
    2,
    /folder|token/,
  ],
  [
    ['attest', '--subject-path', 'app.tgz', '--sigstore', 'truncated.json', '--identity-token', 'a.b.c'],
    2,
    /truncated\.json|token/,
  ],
  // verify
  [[...VERIFY, '--bundle', 'folder', DIGEST], 2, /folder/],
  [[...VERIFY, '--bundle', 'empty.json', DIGEST], 2, /empty\.json/],
  [[...VERIFY, '--bundle', 'truncated.json', DIGEST], 2, /truncated\.json/],
  [[...VERIFY, '--bundle', 'garbage.bin', DIGEST], 2, /garbage\.bin/],
  [[...VERIFY, '--bundle', 'nope.json', DIGEST], 2, /nope\.json/],
  // Artifacts are resolved before bundles are read (the bundles are streamed against them).
  [
    [...VERIFY, '--bundle', 'truncated.json', 'folder'],
    2,
    /folder: (is a directory|no such file)|truncated\.json/,
  ],
  [[...VERIFY, '--bundle', 'truncated.json', '--trusted-root', 'folder', DIGEST], 2, /folder|truncated/],
  [
    [...VERIFY, '--bundle', 'truncated.json', '--trusted-root', 'garbage.bin', DIGEST],
    2,
    /garbage\.bin|truncated/,
  ],
  [[...VERIFY, '--bundle', 'truncated.json', '--policy', 'bad.yaml', DIGEST], 2, /bad\.yaml|truncated/],
  [[...VERIFY, '--bundle', 'truncated.json', '--policy', 'folder', DIGEST], 2, /folder|truncated/],
  // scan
  [['scan', '--repo-path', 'file.txt'], 2, /file\.txt/],
  [['scan', '--repo-path', 'nope'], 2, /nope/],
  [['scan', '--repo-path', 'folder'], 2, /folder/],
  // query
  [['query', 'nope'], 2, /nope/],
  [['query', 'folder'], 2, /folder: no bundle files/],
  [['query', 'garbage.bin'], 2, /garbage\.bin|no Sigstore bundle/],
  [['query', 'truncated.json'], 1, /truncated\.json/],
  [['query', 'truncated.json', '--trusted-root', 'folder'], 2, /folder/],
  // hooks
  [['hooks', 'install', '--repo-path', 'nope'], 2, /--repo-path nope: no such folder/],
  [['hooks', 'status', '--repo-path', 'file.txt'], 2, /--repo-path file\.txt: is a file/],
  [['hooks', 'uninstall', '--repo-path', 'folder'], 2, /folder is not a git repository/],
  [['hooks', 'install', '--format', 'xml'], 2, /--format must be text or json/],
  // devstack (fails before it listens, or closes what it started)
  [['devstack', '--claims', 'folder'], 2, /--claims folder/],
  [['devstack', '--claims', 'garbage.bin'], 2, /--claims garbage\.bin/],
  [['devstack', '--out', 'file.txt'], 2, /--out file\.txt/],
  // demo (refused before anything starts)
  [['demo', '--keep', 'file.txt'], 2, /--keep file\.txt: is a file/],
  [['demo', '--keep', 'folder'], 2, /--keep folder: the folder is not empty/],
];

describe('bad input never reaches "unexpected error"', () => {
  it.each(CASES)('%j', async (argv, code, names) => {
    const io = capture();
    const exit = await main(argv, io);
    expect(io.err).not.toMatch(/unexpected error/i);
    expect(exit, io.err).toBe(code);
    const lines = io.err.trimEnd().split('\n');
    const message = lines.at(-1)!;
    if (code === 2) {
      expect(lines, io.err).toHaveLength(1);
      expect(message).toMatch(new RegExp(`^agent-attest ${argv[0]}: `));
    }
    expect(io.err).toMatch(names);
  });
});

describe('help texts', () => {
  it('every command explains itself within 110 columns, and the top-level help names every command', async () => {
    const top = capture();
    expect(await main(['--help'], top)).toBe(0);
    const commands = ['attest', 'verify', 'scan', 'hooks', 'query', 'devstack', 'demo'];
    for (const c of commands) expect(top.out).toContain(`  ${c} `);
    for (const c of commands) {
      const io = capture();
      expect(await main([c, '--help'], io), c).toBe(0);
      const long = io.out.split('\n').filter((l) => l.length > 110);
      expect(long, `${c} --help`).toEqual([]);
    }
  });
});
