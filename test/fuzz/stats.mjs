// Totals of .cache/fuzz-stats.jsonl (written by test/fuzz/budget.ts): inputs run and failing properties per target.
import { existsSync, readFileSync } from 'node:fs';

const file = new URL('../../.cache/fuzz-stats.jsonl', import.meta.url);
if (!existsSync(file)) {
  console.log('no fuzz statistics yet (.cache/fuzz-stats.jsonl)');
  process.exit(0);
}
const totals = {};
for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
  const r = JSON.parse(line);
  const t = (totals[r.target] ??= { runs: 0, inputs: 0, failures: 0, seconds: 0 });
  t.runs++;
  t.inputs += r.inputs;
  t.seconds = Math.round((t.seconds + r.seconds) * 10) / 10;
  if (r.outcome !== 'pass') t.failures++;
}
console.table(totals);
