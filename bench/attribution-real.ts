/**
 * Benchmark: attribution on real public histories against hand labels (bench/attribution-real/README.md).
 *
 * For each labelled repository present in the corpus folder, scans the whole history at the labelled head
 * (base: root) and prints precision and recall of direct evidence per repository and overall (tuned and
 * held-out apart), both on the labelled sample and weighted by each sampling stratum's size (an estimate for
 * the whole history), the share of labelled models the scan got right, and the share of inferred-only
 * (branch-name) hits that the inferred labels confirm.
 *
 *   npm run bench -- attribution-real [-- --corpus DIR] [--repo owner+name] [--errors]
 *
 * The corpus is not in the repository: without it the bench says how to fetch it and skips.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { scanRange } from '../src/core/scan/scan.js';
import type { CommitAttribution } from '../src/core/attribution/types.js';
import {
  addCounts,
  emptyCounts,
  fmt,
  ratio,
  readJsonl,
  readLabelFile,
  scoreLabels,
  type Counts,
  type InferredLabel,
  type LabelFile,
  type Mismatch,
} from './attribution-real/score.js';

const args = process.argv.slice(2);
/** A notes ref no repository has: the scan reads no git notes. */
const NO_NOTES = 'refs/notes/agent-attest-bench-none';
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROOT = path.join(process.cwd(), 'bench', 'attribution-real');
const CORPUS = path.resolve(
  opt('--corpus') ??
    process.env['AGENT_ATTEST_CORPUS'] ??
    path.join(process.cwd(), 'bench', '.work', 'corpus'),
);
const ONLY = opt('--repo');
const SHOW_ERRORS = args.includes('--errors');
/** Also print every distinct (rule, where, matched text) over the whole histories, for auditing rule changes. */
const SHOW_MATCHES = args.includes('--matches');
/** Writes the inferred-only commits (repository, sha, agent, via) to this file: what the inferred labels judge. */
const INFERRED_LIST = opt('--inferred-list');
const inferredLines: string[] = [];
const matches = new Map<string, number>();

function repoDir(name: string): string | undefined {
  for (const cand of [`${name}.git`, name]) {
    const p = path.join(CORPUS, cand);
    if (existsSync(p)) return p;
  }
  return undefined;
}

function hasCommit(dir: string, sha: string): boolean {
  return spawnSync('git', ['-C', dir, 'cat-file', '-e', `${sha}^{commit}`]).status === 0;
}

interface Row {
  name: string;
  file: LabelFile;
  counts: Counts;
  inferredHits: number;
  inferredLabelled: number;
  inferredConfirmed: number;
  seconds: number;
}

const files = readdirSync(path.join(ROOT, 'labels'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const rows: Row[] = [];
const missing: LabelFile[] = [];
const allMismatches: Array<Mismatch & { repo: string }> = [];

for (const f of files) {
  const name = f.slice(0, -'.jsonl'.length);
  if (ONLY && ONLY !== name) continue;
  const file = readLabelFile(path.join(ROOT, 'labels', f));
  const dir = repoDir(name);
  if (!dir || !hasCommit(dir, file.head)) {
    missing.push(file);
    continue;
  }
  const wanted = new Set(file.labels.map((l) => l.sha));
  const found = new Map<string, CommitAttribution>();
  const inferredOnly: string[] = [];
  const started = Date.now();
  await scanRange({
    repoPath: dir,
    range: { base: null, head: file.head, baseRule: 'root' },
    // The labels judge what the commits themselves carry; a mirror clone also holds refs/notes/ai (git-ai's
    // line-level notes, which `git clone --bare` does not fetch): scanned, its notes would count as evidence the
    // labels never looked at.
    notesRef: NO_NOTES,
    retain: 'none',
    onCommit: (c) => {
      if (wanted.has(c.sha)) found.set(c.sha, c);
      if (SHOW_MATCHES)
        for (const a of c.agents)
          for (const e of a.evidence) {
            const k = `${e.rule} ${a.id}/${a.class} ${e.where} ${(e.match ?? '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9a-f]{32}|\d{5,}/g, '#')}`;
            matches.set(k, (matches.get(k) ?? 0) + 1);
          }
      if (
        c.agents.length > 0 &&
        c.agents.every((a) => a.evidence.every((e) => e.strength === 'inferred' && e.via))
      ) {
        inferredOnly.push(c.sha);
        if (INFERRED_LIST)
          inferredLines.push(
            `${name}\t${c.sha}\t${c.agents.map((a) => a.id).join(',')}\t${c.agents[0]!.evidence[0]!.via}`,
          );
      }
    },
  });
  const seconds = (Date.now() - started) / 1000;
  const { counts, mismatches } = scoreLabels(file.labels, found);
  for (const m of mismatches) allMismatches.push({ ...m, repo: name });
  const inferredFile = path.join(ROOT, 'inferred', `${name}.jsonl`);
  const inferred = existsSync(inferredFile) ? readJsonl<InferredLabel>(inferredFile) : [];
  const verdicts = new Map(inferred.map((l) => [l.sha, l.confirmed]));
  const labelled = inferredOnly.filter((s) => verdicts.has(s));
  rows.push({
    name,
    file,
    counts,
    inferredHits: inferredOnly.length,
    inferredLabelled: labelled.length,
    inferredConfirmed: labelled.filter((s) => verdicts.get(s)).length,
    seconds,
  });
}

const line = (label: string, role: string, commits: number | string, c: Counts, extra: string): string =>
  `| ${label} | ${role} | ${commits} | ${c.scored} | ${c.tp + c.fn} | ${c.tp} | ${c.fp} | ${c.fn} | ` +
  `${fmt(ratio(c.tp, c.tp + c.fp))} | ${fmt(ratio(c.tp, c.tp + c.fn))} | ` +
  `${fmt(ratio(c.wtp, c.wtp + c.wfp))} | ${fmt(ratio(c.wtp, c.wtp + c.wfn))} | ` +
  `${c.modelChecked ? `${c.modelAgreed}/${c.modelChecked}` : '—'} | ${extra} |`;

console.log(`corpus: ${CORPUS}\n`);
console.log(
  '| repository | role | commits | labelled | agent pairs | TP | FP | FN | precision | recall | precision (weighted) | recall (weighted) | models right | inferred-only hits (labelled, confirmed) |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const role of ['tuned', 'held-out'] as const) {
  for (const r of rows.filter((x) => x.file.role === role)) {
    console.log(
      line(
        r.file.repository,
        role,
        r.file.commits,
        r.counts,
        `${r.inferredHits} (${r.inferredLabelled}, ${r.inferredConfirmed})`,
      ),
    );
  }
}
const total = (
  pick: (r: Row) => boolean,
): { c: Counts; commits: number; ih: number; il: number; ic: number } => {
  const c = emptyCounts();
  let commits = 0;
  let ih = 0;
  let il = 0;
  let ic = 0;
  for (const r of rows.filter(pick)) {
    addCounts(c, r.counts);
    commits += r.file.commits;
    ih += r.inferredHits;
    il += r.inferredLabelled;
    ic += r.inferredConfirmed;
  }
  return { c, commits, ih, il, ic };
};
for (const [label, pick] of [
  ['**all tuned**', (r: Row) => r.file.role === 'tuned'],
  ['**all held-out**', (r: Row) => r.file.role === 'held-out'],
  ['**overall**', () => true],
] as const) {
  const t = total(pick);
  console.log(line(label, '', t.commits, t.c, `${t.ih} (${t.il}, ${t.ic})`));
}
const inf = total(() => true);
console.log(
  `\nInferred (branch-name) evidence: ${inf.ih} inferred-only commits; ${inf.il} of them hand-labelled, ` +
    `${inf.ic} confirmed as the agent's: precision ${fmt(ratio(inf.ic, inf.il))}.`,
);
console.log(
  `Goal: precision ≥ 0.99 and recall ≥ 0.97 on direct evidence, tuned and held-out. ` +
    `Scan time: ${rows.map((r) => `${r.name} ${r.seconds.toFixed(1)} s`).join(', ')}.`,
);
if (SHOW_ERRORS && allMismatches.length > 0) {
  console.log('\n| repository | commit | kind | agent | label | scan |\n|---|---|---|---|---|---|');
  const cell = (s: string): string => s.replaceAll('|', '\\|').slice(0, 160);
  for (const m of allMismatches)
    console.log(
      `| ${m.repo} | ${m.sha.slice(0, 12)} | ${m.kind} | ${m.agent} | ${cell(m.label)} | ${cell(m.found)} |`,
    );
}
if (SHOW_MATCHES) {
  console.log('\n| count | rule, agent, where, match |\n|---:|---|');
  for (const [k, n] of [...matches].sort((a, b) => b[1] - a[1]))
    console.log(`| ${n} | ${k.replaceAll('|', '\\|')} |`);
}
if (missing.length > 0) {
  console.log(
    `\nSkipped ${missing.length} labelled repositories that are not in ${CORPUS} (or lack the labelled head):`,
  );
  for (const f of missing) {
    const name = f.repository.replace('/', '+');
    console.log(
      `  git clone --bare https://github.com/${f.repository}.git ${path.join(CORPUS, `${name}.git`)}   # labelled at ${f.head}`,
    );
  }
}
if (rows.length === 0)
  console.log('\nNo corpus repository present: nothing measured (see bench/attribution-real/README.md).');
if (INFERRED_LIST) writeFileSync(INFERRED_LIST, inferredLines.join('\n') + '\n');
