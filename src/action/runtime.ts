/**
 * The action layer's only contact with @actions/core: input reading (once, into typed objects), the logger
 * routed to the Actions log, and the failure path. Inputs are read here and nowhere else.
 */
import * as core from '@actions/core';
import { AgentAttestError, messageOf } from '../core/errors.js';
import type { Logger } from '../core/log.js';

export const actionLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
};

/** A string input, undefined when empty. */
export function stringInput(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === '' ? undefined : v;
}

/** A list input: one item per line and/or comma-separated; empty items dropped. */
export function listInput(name: string, { commas = true }: { commas?: boolean } = {}): string[] {
  const raw = core.getInput(name);
  const parts = raw.split(commas ? /[\n,]/ : /\n/);
  return parts.map((s) => s.trim()).filter((s) => s !== '');
}

/** A boolean input; unlike core.getBooleanInput an empty value means the default instead of throwing. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new AgentAttestError('INPUT_INVALID', `input '${name}' must be true or false, not '${v}'`);
}

/** A number input within [min, max], undefined when empty. */
export function numberInput(name: string, min: number, max: number): number | undefined {
  const v = stringInput(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `input '${name}' must be a number from ${min} to ${max}, not '${v}'`,
    );
  }
  return n;
}

/** Runs an action's main function: any error becomes one clear failure line, never a stack trace. */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof AgentAttestError) core.setFailed(e.message);
    else {
      core.debug((e as Error)?.stack ?? String(e));
      core.setFailed(`unexpected error: ${messageOf(e)}`);
    }
  }
}
