/** The demo's step contract: what a step returns, what the runner records, and how a step says "not as expected". */
import type { DemoState } from './steps.js';

export interface StepResult {
  id: string;
  ok: boolean;
  /** One line: what happened. */
  summary: string;
  /** Further lines (paths, the footprint, the gate's reasons). */
  details: string[];
  /** The same thing with the CLI, for a reader who wants to try it (absent when there is no one command). */
  command?: string;
  /** Wall time of the step. */
  ms: number;
}

export interface DemoResult {
  ok: boolean;
  /** The step that did not behave as expected. */
  failedStep?: string;
  steps: StepResult[];
  ms: number;
  /** Where the files are when a work folder was given. */
  keptIn?: string;
}

/** What a step reports when its expectation held. */
export interface StepOutcome {
  summary: string;
  details?: string[];
  command?: string;
}

export interface DemoStep {
  id: string;
  run(state: DemoState): Promise<StepOutcome>;
}

/** A step's expectation did not hold: the demo stops and names the step. */
export class ExpectationFailed extends Error {}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ExpectationFailed(message);
}
