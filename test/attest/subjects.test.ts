import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentAttestError } from '../../src/core/errors.js';
import {
  digestFiles,
  parseChecksums,
  resolveSubjects,
  shard,
  splitList,
} from '../../src/core/subjects/index.js';

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

let root: string;
let ws: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'aa-subjects-'));
  ws = path.join(root, 'ws');
  await mkdir(path.join(ws, 'dist', 'sub'), { recursive: true });
  await mkdir(path.join(root, 'outside'));
  await writeFile(path.join(ws, 'dist', 'a.tgz'), 'artifact a');
  await writeFile(path.join(ws, 'dist', 'b.zip'), 'artifact b');
  await writeFile(path.join(ws, 'dist', 'sub', 'c.tgz'), 'artifact c');
  await writeFile(path.join(root, 'outside', 'secret'), 'not yours');
  await symlink(path.join(root, 'outside', 'secret'), path.join(ws, 'dist', 'escape.tgz'));
  await symlink(path.join(ws, 'dist', 'a.tgz'), path.join(ws, 'inside-link'));
  await symlink(path.join(root, 'nothing-here'), path.join(ws, 'dangling'));
  await symlink(path.join(root, 'outside'), path.join(ws, 'linked-folder'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<AgentAttestError> {
  const e = await p.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AgentAttestError);
  const err = e as AgentAttestError;
  expect(err.exitCode).toBe(2);
  expect(err.message).not.toContain('\n');
  return err;
}

describe('resolveSubjects: paths', () => {
  it('expands several globs, names subjects by workspace path, sorted, with streamed sha256 digests', async () => {
    const subjects = await resolveSubjects(
      { paths: ['dist/*.tgz', '!dist/escape.tgz', 'dist/**/*.zip', 'dist/sub/*'] },
      { workspace: ws },
    );
    expect(subjects).toEqual([
      { name: 'dist/a.tgz', digest: { sha256: sha256('artifact a') } },
      { name: 'dist/b.zip', digest: { sha256: sha256('artifact b') } },
      { name: 'dist/sub/c.tgz', digest: { sha256: sha256('artifact c') } },
    ]);
  });

  it('drops a file matched by two globs', async () => {
    const subjects = await resolveSubjects({ paths: ['dist/a.tgz', 'dist/a.*'] }, { workspace: ws });
    expect(subjects).toHaveLength(1);
  });

  it('accepts a symlink that stays inside the workspace', async () => {
    const [s] = await resolveSubjects({ paths: ['inside-link'] }, { workspace: ws });
    expect(s).toEqual({ name: 'inside-link', digest: { sha256: sha256('artifact a') } });
  });

  it('refuses a glob that matches nothing, naming it', async () => {
    const e = await failure(
      resolveSubjects({ paths: ['dist/*.tgz', '!dist/escape.tgz', 'build/*.jar'] }, { workspace: ws }),
    );
    expect(e.code).toBe('SUBJECT_INVALID');
    expect(e.message).toContain("'build/*.jar' matches no files");
  });

  it('refuses a directory named outright and says how to attest its files', async () => {
    const e = await failure(resolveSubjects({ paths: ['dist'] }, { workspace: ws }));
    expect(e.message).toContain("'dist' is a directory");
    expect(e.message).toContain('dist/*');
  });

  it('skips directories a glob sweeps up beside files', async () => {
    const subjects = await resolveSubjects({ paths: ['dist/*', '!dist/escape.tgz'] }, { workspace: ws });
    expect(subjects.map((s) => s.name)).toEqual(['dist/a.tgz', 'dist/b.zip']);
  });

  it('refuses a path outside the workspace', async () => {
    const e = await failure(resolveSubjects({ paths: ['../outside/secret'] }, { workspace: ws }));
    expect(e.message).toContain('outside the workspace');
    expect(e.message).toContain('../outside/secret');
  });

  it('refuses a symlink that escapes the workspace', async () => {
    const e = await failure(resolveSubjects({ paths: ['dist/*.tgz'] }, { workspace: ws }));
    expect(e.message).toContain("'dist/escape.tgz', a symbolic link to");
    expect(e.message).toContain('outside the workspace');
  });

  it('refuses a plain file in a linked folder that is outside the workspace', async () => {
    const e = await failure(resolveSubjects({ paths: ['linked-folder/*'] }, { workspace: ws }));
    expect(e.message).toContain("'linked-folder/secret', a symbolic link to");
    expect(e.message).toContain(path.join('outside', 'secret'));
  });

  it('refuses a dangling symlink', async () => {
    const e = await failure(resolveSubjects({ paths: ['dangling'] }, { workspace: ws }));
    expect(e.message).toContain('symbolic link to nothing');
  });

  it('splits list inputs on lines and commas, but not inside braces', () => {
    expect(splitList('dist/*.tgz, dist/{a,b}.zip\n\n  out/x  ')).toEqual([
      'dist/*.tgz',
      'dist/{a,b}.zip',
      'out/x',
    ]);
  });
});

describe('resolveSubjects: digest and checksums', () => {
  const hexA = sha256('artifact a');

  it('takes a digest with a name', async () => {
    expect(
      await resolveSubjects({ digest: `sha256:${hexA.toUpperCase()}`, name: 'app.tgz' }, { workspace: ws }),
    ).toEqual([{ name: 'app.tgz', digest: { sha256: hexA } }]);
  });

  it('refuses a digest without a name, and a malformed digest', async () => {
    expect(
      (await failure(resolveSubjects({ digest: `sha256:${hexA}` }, { workspace: ws }))).message,
    ).toContain('needs subject-name');
    expect(
      (await failure(resolveSubjects({ digest: 'md5:abc', name: 'x' }, { workspace: ws }))).message,
    ).toContain("subject-digest 'md5:abc'");
    expect(
      (await failure(resolveSubjects({ digest: 'sha256:abcd', name: 'x' }, { workspace: ws }))).message,
    ).toContain('right length');
  });

  it('refuses one name with two digests, naming it', async () => {
    const e = await failure(
      resolveSubjects(
        { paths: ['dist/a.tgz'], digest: `sha256:${sha256('other')}`, name: 'dist/a.tgz' },
        { workspace: ws },
      ),
    );
    expect(e.message).toContain("subject 'dist/a.tgz' is given twice with different sha256 digests");
  });

  it('merges the same subject given by a path and a matching checksum', async () => {
    const subjects = await resolveSubjects(
      { paths: ['dist/a.tgz'], checksums: `${hexA}  dist/a.tgz\n` },
      { workspace: ws },
    );
    expect(subjects).toEqual([{ name: 'dist/a.tgz', digest: { sha256: hexA } }]);
  });

  it('sorts subjects by name when inputs are combined (docs/statement.md), whatever order they come in', async () => {
    const given = {
      paths: ['dist/a.tgz'],
      digest: `sha256:${hexA}`,
      name: 'zz-last',
      checksums: `${hexA}  0-first\n${hexA}  m-middle\n`,
    };
    const names = (await resolveSubjects(given, { workspace: ws })).map((s) => s.name);
    expect(names).toEqual(['0-first', 'dist/a.tgz', 'm-middle', 'zz-last']);
  });

  it('parses sha256sum and sha512sum output, text, binary, escaped and BSD styles, by digest length', () => {
    const h512 = createHash('sha512').update('x').digest('hex');
    const text = [
      `${hexA}  app-linux.tgz`,
      `${h512} *app-mac.zip`,
      '',
      '# a comment',
      `\\${hexA}  dir\\\\with\\nnewline`,
      `SHA256 (tagged.bin) = ${hexA}`,
    ].join('\r\n');
    expect(parseChecksums(text, 'inline text')).toEqual([
      { name: 'app-linux.tgz', digest: { sha256: hexA } },
      { name: 'app-mac.zip', digest: { sha512: h512 } },
      { name: 'dir\\with\nnewline', digest: { sha256: hexA } },
      { name: 'tagged.bin', digest: { sha256: hexA } },
    ]);
  });

  it('names the line of a malformed checksum', () => {
    expect(() => parseChecksums(`${hexA}  ok\nnot a checksum line\n`, "file 'sums.txt'")).toThrow(
      /file 'sums.txt' line 2 is not/,
    );
    expect(() => parseChecksums(`abcdef  short\n`, 'inline text')).toThrow(/line 1 has a 6-digit digest/);
    expect(() => parseChecksums('\n\n', 'inline text')).toThrow(/lists no checksums/);
  });

  it('reads a checksums file, and refuses one above 512 KiB', async () => {
    await writeFile(path.join(ws, 'SHA256SUMS'), `${hexA}  a.tgz\n`);
    expect(await resolveSubjects({ checksums: 'SHA256SUMS' }, { workspace: ws })).toEqual([
      { name: 'a.tgz', digest: { sha256: hexA } },
    ]);
    await writeFile(path.join(ws, 'BIG'), `${hexA}  a.tgz\n`.repeat(8000));
    expect((await failure(resolveSubjects({ checksums: 'BIG' }, { workspace: ws }))).message).toContain(
      'larger than 512 KiB',
    );
    expect(
      (await failure(resolveSubjects({ checksums: 'missing.txt' }, { workspace: ws }))).message,
    ).toContain("'missing.txt' does not exist");
  });

  it('says what to pass when there are no subjects at all', async () => {
    const e = await failure(resolveSubjects({}, { workspace: ws }));
    expect(e.code).toBe('USAGE');
    expect(e.message).toContain('--subject-path');
  });
});

describe('digests and sharding', () => {
  it('hashes many files in a worker pool with the same results as one thread', async () => {
    const dir = path.join(root, 'many');
    await mkdir(dir);
    const files: string[] = [];
    const expected: string[] = [];
    for (let i = 0; i < 200; i++) {
      const f = path.join(dir, `f${i}`);
      const content = Buffer.alloc(i * 37 + (i === 7 ? 3 * 1024 * 1024 : 0), i);
      await writeFile(f, content);
      files.push(f);
      expected.push(sha256(content));
    }
    expect(await digestFiles(files, 'sha256', { threads: 2 })).toEqual(expected);
    expect(await digestFiles(files, 'sha256', { threads: 1 })).toEqual(expected);
  });

  it('reports an unreadable file from a worker by name', async () => {
    const files = Array.from({ length: 40 }, (_, i) =>
      path.join(root, i === 39 ? 'vanished' : 'outside/secret'),
    );
    const e = await failure(digestFiles(files, 'sha256', { threads: 2 }));
    expect(e.message).toContain('vanished');
    expect(e.message).toContain('no longer exists');
  });

  it('splits at 1024 subjects per statement', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(shard(make(1024)).map((s) => s.length)).toEqual([1024]);
    expect(shard(make(1025)).map((s) => s.length)).toEqual([1024, 1]);
    expect(shard(make(2049)).map((s) => s.length)).toEqual([1024, 1024, 1]);
  });
});
