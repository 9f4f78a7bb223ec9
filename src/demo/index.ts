/**
 * `agent-attest demo`: why agent-attest exists, shown end to end on this machine with no network. A small
 * repository with commits by three coding agents, a human and an AI-config change is attested and signed on the
 * devstack, with review evidence from the devstack's GitHub-API-compatible server; its footprint is shown; a
 * deploy gate refuses it for unreviewed agent code on an auth path and an executable config change, then lets it
 * through once a human approved both; a tampered artifact and a look-alike signer are rejected; and `query`
 * answers which artifacts carry agent code from the last 30 days.
 *
 * The scenario is a list of steps (steps.ts) run in order over one shared state; each step checks its own
 * expectation, and the first that does not hold stops the demo (exit 1, naming it). A step is added by adding
 * an entry to DEMO_STEPS.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messageOf } from '../core/errors.js';
import type { GateDeps, GateOptions, GateResult } from '../core/gate/index.js';
import { silentLogger, type Logger } from '../core/log.js';
import { oneLine } from '../core/markdown.js';
import { ExpectationFailed, type DemoResult, type DemoStep, type StepResult } from './step.js';
import { DEMO_STEPS, type DemoState } from './steps.js';

export { DEMO_STEPS } from './steps.js';
export type { DemoState } from './steps.js';
export type { DemoResult, DemoStep, StepOutcome, StepResult } from './step.js';

export interface DemoOptions {
  /** Work here and keep everything (it must be empty or absent); default: a temporary folder, removed. */
  workDir?: string;
  logger?: Logger;
  /** Called as each step ends (the CLI prints it). */
  onStep?: (step: StepResult) => void;
  /** The deploy gate (tests wrap it to break an expectation on purpose). */
  gate?: (options: GateOptions, deps: GateDeps) => Promise<GateResult>;
  /** The steps (default DEMO_STEPS). */
  steps?: readonly DemoStep[];
  now?: () => Date;
}

/** Runs the steps in order; the first that does not behave stops the demo. Services are always closed. */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const started = performance.now();
  const work = options.workDir ?? (await mkdtemp(path.join(tmpdir(), 'agent-attest-demo-')));
  const state: DemoState = {
    work,
    kept: options.workDir !== undefined,
    now: options.now ?? (() => new Date()),
    logger: options.logger ?? silentLogger,
    gate: options.gate ?? (async (o, d) => (await import('../core/gate/index.js')).runGate(o, d)),
    cleanup: [],
  };
  const steps: StepResult[] = [];
  try {
    for (const step of options.steps ?? DEMO_STEPS) {
      const t0 = performance.now();
      let result: StepResult;
      try {
        const outcome = await step.run(state);
        result = {
          id: step.id,
          ok: true,
          summary: outcome.summary,
          details: outcome.details ?? [],
          ...(outcome.command ? { command: outcome.command } : {}),
          ms: Math.round(performance.now() - t0),
        };
      } catch (e) {
        const what = e instanceof ExpectationFailed ? e.message : `${step.id} failed: ${messageOf(e)}`;
        result = {
          id: step.id,
          ok: false,
          summary: oneLine(what),
          details: [],
          ms: Math.round(performance.now() - t0),
        };
      }
      steps.push(result);
      options.onStep?.(result);
      if (!result.ok) break;
    }
  } finally {
    for (const close of state.cleanup.reverse()) await close().catch(() => {});
    if (!options.workDir) await rm(work, { recursive: true, force: true });
  }
  const failed = steps.find((s) => !s.ok);
  return {
    ok: failed === undefined,
    ...(failed ? { failedStep: failed.id } : {}),
    steps,
    ms: Math.round(performance.now() - started),
    ...(options.workDir ? { keptIn: work } : {}),
  };
}
