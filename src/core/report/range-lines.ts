/**
 * Lines changed by every non-merge commit of a range (the denominator of "share of changed lines"): one
 * `git log --numstat` read as a stream, summed per commit as the scan sums agent commits (renames detected,
 * binary files count 0, merges count nothing).
 */
import { createInterface } from 'node:readline';
import { AgentAttestError } from '../errors.js';
import { spawnGit } from '../git/run.js';
import type { ScanRange } from '../scan/types.js';
import type { RangeLines } from './html/model.js';

export async function rangeLines(repoPath: string, range: ScanRange): Promise<RangeLines> {
  const child = spawnGit(repoPath, [
    'log',
    '--no-merges',
    '--numstat',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--format=',
    range.head,
    ...(range.base ? [`^${range.base}`] : []),
    '--',
  ]);
  child.stdin.end();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString('utf8')));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const total: RangeLines = { added: 0, removed: 0 };
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
    const m = /^(\d+)\t(\d+)\t/.exec(line);
    if (m) {
      total.added += Number(m[1]);
      total.removed += Number(m[2]);
    }
  }
  const code = await exited;
  if (code !== 0)
    throw new AgentAttestError(
      'GIT_ERROR',
      `git log --numstat failed in ${repoPath}: ${stderr.split('\n').find((l) => l.trim()) ?? `exit ${code}`}`,
    );
  return total;
}
