/**
 * The commits a scan keeps whatever `retain` says may still be computing when the log starts (the config
 * surfaces' history is a walk of its own): the log runs beside it, no commit is emitted before it is
 * known, and its failure is the scan's failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanRange } from '../../src/core/scan/scan.js';
import type { CommitAttribution } from '../../src/core/attribution/types.js';
import { GitRepo } from '../support/gitrepo.js';

const COMMITS = 300;

function history(): string {
  const parts: string[] = [];
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= COMMITS; i++) {
    const when = `${1_700_000_000 + i * 60} +0000`;
    const msg =
      i % 50 === 0 ? `feat: ${i}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n` : `chore: ${i}\n`;
    parts.push(
      `commit refs/heads/main\nmark :${i}\nauthor Dev <dev@example.com> ${when}\ncommitter Dev <dev@example.com> ${when}\n${data(msg)}` +
        (i > 1 ? `from :${i - 1}\n` : '') +
        `M 100644 inline src/f${i % 7}.ts\n${data(`export const v = ${i};\n`)}`,
    );
  }
  return `${parts.join('')}done\n`;
}

const later = <T>(ms: number, value: () => T): Promise<T> =>
  new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(value());
      } catch (e) {
        reject(e as Error);
      }
    }, ms);
  });

describe('scanRange with commits to keep still being found', () => {
  let repo: GitRepo;
  let shas: string[];

  beforeAll(async () => {
    repo = await GitRepo.create({ bare: true });
    await repo.fastImport(history());
    shas = (await repo.git(['rev-list', 'main'])).split('\n');
  });
  afterAll(() => repo.remove());

  it('keeps the commits the late set names, emits every commit in order and only after the set is known', async () => {
    const kept = new Set([shas[3]!, shas[150]!, shas[299]!]);
    let known = false;
    const emitted: CommitAttribution[] = [];
    const scan = await scanRange({
      repoPath: repo.path,
      base: 'root',
      retain: 'none',
      keep: later(200, () => {
        known = true;
        return kept;
      }),
      onCommit: (c) => {
        expect(known, 'a commit emitted before the set to keep was known').toBe(true);
        emitted.push(c);
      },
    });
    expect(emitted.map((c) => c.sha)).toEqual(shas);
    expect(scan.commits.map((c) => c.sha).sort()).toEqual([...kept].sort());
    expect(scan.totals.agentCommits).toBe(COMMITS / 50);
  });

  it('fails as the set fails, with its error', async () => {
    await expect(
      scanRange({
        repoPath: repo.path,
        base: 'root',
        retain: 'none',
        keep: later(50, () => {
          throw new Error('the surfaces walk failed');
        }),
      }),
    ).rejects.toThrow('the surfaces walk failed');
  });

  it('a set known from the start is used as is', async () => {
    const scan = await scanRange({
      repoPath: repo.path,
      base: 'root',
      retain: 'none',
      keep: new Set([shas[7]!]),
    });
    expect(scan.commits.map((c) => c.sha)).toEqual([shas[7]]);
  });
});
