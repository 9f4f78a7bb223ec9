/**
 * The fuzzers' budget and their record. In the normal test suite each property runs a bounded number of inputs
 * (a few seconds each); `npm run fuzz` multiplies them (FUZZ_SCALE, default 50 there) and a fixed seed can be
 * replayed with FUZZ_SEED. Every property appends one line to .cache/fuzz-stats.jsonl — target, inputs run,
 * seed, outcome — so a run's totals can be read back (`npm run fuzz` prints them).
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const SCALE = Number(process.env.FUZZ_SCALE ?? '1');
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const STATS = path.resolve(import.meta.dirname, '../../.cache/fuzz-stats.jsonl');

/** A test's time limit for a property of `ci` inputs that each take up to `msPerInput` (scaled like the inputs). */
export function timeoutFor(ci: number, msPerInput: number): number {
  return Math.max(60_000, runs(ci) * msPerInput);
}

/**
 * A hang detector, not a benchmark: one input taking longer than this (on a loaded shared machine) means a
 * parser that loops or blows up superlinearly.
 */
export const HANG_MS = 10_000;

/** Inputs for a property: `ci` in the test suite, scaled for `npm run fuzz`. */
export function runs(ci: number): number {
  return Math.max(1, Math.round(ci * (Number.isFinite(SCALE) && SCALE > 0 ? SCALE : 1)));
}

/**
 * fc.assert with the budget, recording what ran. `timeout` bounds each input: a parser that takes longer on
 * one input is a finding (hostile input must cost bounded time).
 */
export async function check<T>(
  target: string,
  property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>,
  ci: number,
): Promise<void> {
  const numRuns = runs(ci);
  const started = performance.now();
  let outcome = 'pass';
  try {
    await fc.assert(property as fc.IAsyncProperty<T>, {
      numRuns,
      ...(SEED !== undefined ? { seed: SEED } : {}),
      verbose: 1,
    });
  } catch (e) {
    outcome = `FAIL: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`;
    throw e;
  } finally {
    mkdirSync(path.dirname(STATS), { recursive: true });
    appendFileSync(
      STATS,
      `${JSON.stringify({ target, inputs: numRuns, seconds: Math.round(performance.now() - started) / 1000, outcome, at: new Date().toISOString() })}\n`,
    );
  }
}
