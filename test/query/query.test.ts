import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles, parseSince } from '../../src/core/query/index.js';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../verify/helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aa-query-'));
  await mkdir(path.join(dir, 'nested'));
  for (const f of [
    'a.sigstore.json',
    'a.intoto.json',
    'b.jsonl',
    'c.sigstore',
    'nested/d.json',
    'readme.md',
  ]) {
    await writeFile(path.join(dir, f), '{}');
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('query inputs', () => {
  it('parses --since as a duration before now or a date', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    expect(parseSince('30d', now).toISOString()).toBe('2026-10-22T00:00:00.000Z');
    expect(parseSince('12h', now).toISOString()).toBe('2026-11-20T12:00:00.000Z');
    expect(parseSince('2026-11-01', now).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(parseSince('2026-11-01T10:00:00Z', now).toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(() => parseSince('last month', now)).toThrow(/--since "last month" is not a duration or date/);
    expect(() => parseSince('2026-13-45', now)).toThrow(/not a duration or date/);
  });

  it('finds bundle files recursively, leaving statements and other files out', async () => {
    expect((await bundleFiles(dir)).map((f) => path.relative(dir, f))).toEqual([
      'a.sigstore.json',
      'b.jsonl',
      'c.sigstore',
      path.join('nested', 'd.json'),
    ]);
    expect(await bundleFiles(path.join(dir, 'b.jsonl'))).toEqual([path.join(dir, 'b.jsonl')]);
    await expect(bundleFiles(path.join(dir, 'nope'))).rejects.toThrow(/no such file or folder/);
  });

  it('the CLI rejects bad usage with exit 2 and one line', async () => {
    for (const argv of [
      ['query', dir, '--format', 'csv'],
      ['query', dir, '--since', 'yesterday'],
      ['query', '--digest', 'sha256:ab'],
      ['query', '--github-repository', 'octo/app'],
      ['query', '--github-repository', 'not a repo', '--digest', 'sha256:ab'],
      ['query', '--bogus'],
    ]) {
      const io = fakeIO();
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
    }
    const help = fakeIO();
    expect(await main(['query', '--help'], help)).toBe(0);
    expect(help.out).toContain('--since 30d|12h|2w|DATE');
  });
});
