/**
 * The scan's diffs from several `git diff-tree` processes at once (one per core): every request gets the
 * answer one process gives, whichever process it went to, and a process that dies on a missing object
 * hands its unanswered requests to checked mode while the others carry on.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiffReader, type CommitDiff } from '../../src/core/git/diffs.js';
import { GitRepo } from '../support/gitrepo.js';

const COMMITS = 120;

/** A linear history: each commit edits, adds or renames files in a few folders (fast-import). */
function history(): string {
  const parts: string[] = [];
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let i = 1; i <= COMMITS; i++) {
    const when = `${1_700_000_000 + i * 60} +0000`;
    const lines = Array.from({ length: 5 + (i % 7) }, (_, k) => `line ${k} of change ${i}`).join('\n');
    let changes = `M 100644 inline src/f${i % 9}.ts\n${data(`${lines}\n`)}`;
    if (i % 4 === 0) changes += `M 100644 inline docs/d${i}.md\n${data(`# page ${i}\n`)}`;
    if (i % 20 === 9) changes += `R docs/d${i - 1}.md docs/moved${i}.md\n`;
    parts.push(
      `commit refs/heads/main\nmark :${i}\nauthor Dev <dev@example.com> ${when}\ncommitter Dev <dev@example.com> ${when}\n${data(`change ${i}\n`)}` +
        (i > 1 ? `from :${i - 1}\n` : '') +
        changes,
    );
  }
  return `${parts.join('')}done\n`;
}

async function diffAll(
  repoPath: string,
  shas: string[],
  options: { processes: number; chunk: number },
): Promise<{ diffs: Map<string, CommitDiff>; started: number }> {
  const reader = new DiffReader(repoPath, options);
  const diffs = new Map<string, CommitDiff>();
  for (const sha of shas) reader.request(sha, (d) => diffs.set(sha, d));
  await reader.close();
  return { diffs, started: reader.started };
}

describe('DiffReader with several diff-tree processes', () => {
  let repo: GitRepo;
  let shas: string[];
  let single: Map<string, CommitDiff>;

  beforeAll(async () => {
    repo = await GitRepo.create({ bare: true });
    await repo.fastImport(history());
    shas = (await repo.git(['rev-list', 'main'])).split('\n');
    ({ diffs: single } = await diffAll(repo.path, shas, { processes: 1, chunk: 1_000_000 }));
  });
  afterAll(() => repo.remove());

  it('answers every request as one process does, runs spread over the processes', async () => {
    expect(single.size).toBe(COMMITS);
    expect(single.get(shas[0]!)!.linesAdded).toBeGreaterThan(0);
    const renamed = [...single.values()].find((d) => d.files.some((f) => f.oldPath));
    expect(renamed, 'a rename is one entry').toBeDefined();
    const { diffs, started } = await diffAll(repo.path, shas, { processes: 3, chunk: 7 });
    expect(started).toBe(3);
    expect(diffs).toEqual(single);
  });

  it('a range shorter than one run starts one process', async () => {
    const { diffs, started } = await diffAll(repo.path, shas.slice(0, 5), { processes: 3, chunk: 7 });
    expect(started).toBe(1);
    expect(diffs.size).toBe(5);
  });

  it('a process that dies on a missing blob: its requests go to checked mode, the others still count', async () => {
    const damaged = await repo.clone({ bare: true });
    try {
      // Loose objects, so that one blob can be removed.
      const pack = path.join(damaged.path, 'objects', 'pack');
      for (const f of (await readdir(pack)).filter((n) => n.endsWith('.pack'))) {
        const bytes = await readFile(path.join(pack, f));
        await rm(pack, { recursive: true });
        await damaged.git(['unpack-objects', '-q'], { input: bytes });
      }
      const victim = shas[60]!;
      const blob = await damaged.git(['rev-parse', `${victim}:src/f${(COMMITS - 60) % 9}.ts`]);
      await rm(path.join(damaged.path, 'objects', blob.slice(0, 2), blob.slice(2)));

      const { diffs } = await diffAll(damaged.path, shas, { processes: 3, chunk: 7 });
      expect(diffs.size).toBe(COMMITS);
      const unreadable = [...diffs].filter(([, d]) => d.unreadable !== undefined).map(([sha]) => sha);
      // The victim, and the next commit that edits the same file (the blob is its old side).
      expect(unreadable).toContain(victim);
      expect(unreadable.length).toBeLessThanOrEqual(2);
      expect(diffs.get(victim)!.unreadable).toBe(`blob ${blob.slice(0, 12)} is not in this clone`);
      for (const [sha, d] of diffs) if (!unreadable.includes(sha)) expect(d, sha).toEqual(single.get(sha));
    } finally {
      await damaged.remove();
    }
  });
});
