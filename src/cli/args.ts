import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AgentAttestError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs with errors turned into one-line usage errors (exit 2) that name the flag.
 */
export function parseCommandArgs<T extends Options>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new AgentAttestError('USAGE', `${msg}; run \`agent-attest ${command} --help\` for the options.`);
  }
}
