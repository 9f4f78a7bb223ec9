import type { Logger } from '../core/log.js';

/** What a command may touch of the outside world: two streams and a terminal flag. Tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal (progress indicators only then). */
  isTTY: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}

/** The library's logger, routed to stderr. `verbose` shows debug lines. */
export function stderrLogger(io: CliIO, verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) io.stderr(`debug: ${m}\n`);
    },
    info: (m) => io.stderr(`${m}\n`),
    warn: (m) => io.stderr(`warning: ${m}\n`),
  };
}

/**
 * Untrusted text (bundle contents, certificate fields, reasons) for a terminal: every control character is
 * shown as its `\uXXXX` escape, so nothing can steer the terminal and nothing is silently hidden.
 */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
