/** Commands as a tool would run them: a program and its arguments, shown as one shell-style line. */
import { asArray, isObj, str, type Json } from './values.js';

/** Shell-style display of an argument vector. */
export function joinArgv(argv: string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./${}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/**
 * `command` (a string or an argv list) with `args` (strings, or VS Code's `{value}` objects). A lone string
 * command is returned as written: it is a shell line already.
 */
export function commandOf(command: Json, args?: Json): string | undefined {
  const head = Array.isArray(command) ? command.map((c) => str(c) ?? '') : [str(command)];
  if (head[0] === undefined || head.every((h) => !h)) return undefined;
  const rest = asArray(args)
    .map((a) => (isObj(a) ? str(a.value) : str(a)))
    .filter((a): a is string => a !== undefined);
  if (!Array.isArray(command) && rest.length === 0) return head[0];
  return joinArgv([...(head as string[]), ...rest]);
}
