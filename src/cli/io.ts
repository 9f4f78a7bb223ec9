import { styleText } from 'node:util';
import type { Logger } from '../core/log.js';

/**
 * What a command may touch of the outside world: two streams, what they are, and the working directory.
 * Tests pass their own. Colour and progress are decided here and nowhere else.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal (progress lines only then). */
  isTTY: boolean;
  cwd: string;
  /** Whether each stream gets colour (see colorWanted); absent: none. */
  color?: { stdout: boolean; stderr: boolean };
  /** Milliseconds for progress timing; default a monotonic clock (tests step it). */
  clock?: () => number;
}

/** The global flag that turns colour off (taken out of argv by main before a command parses it). */
export const NO_COLOR_FLAG = '--no-color';

export function processIO(options: { noColor?: boolean } = {}): CliIO {
  const noColor = options.noColor ?? false;
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    color: {
      stdout: colorWanted(process.stdout, process.env, noColor),
      stderr: colorWanted(process.stderr, process.env, noColor),
    },
  };
}

/**
 * Colour on a stream: never with --no-color or a non-empty NO_COLOR (no-color.org); else always with a
 * FORCE_COLOR other than 0 or false (CI logs that render colour); else only on a terminal that is not
 * TERM=dumb. A pipe or a file never gets escape codes unless forced.
 */
export function colorWanted(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv,
  noColorFlag = false,
): boolean {
  if (noColorFlag || (env['NO_COLOR'] ?? '') !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return Boolean(stream.isTTY) && env['TERM'] !== 'dumb';
}

/** What colour is for: the decision, failures, warnings, errors, and what matters less. */
export type Tone = 'pass' | 'fail' | 'warn' | 'error' | 'dim';

const TONES: Record<Tone, Parameters<typeof styleText>[0]> = {
  pass: ['bold', 'green'],
  fail: ['bold', 'red'],
  warn: 'yellow',
  error: 'red',
  dim: 'dim',
};

/** `text` in `tone` when `stream` gets colour, else unchanged. Only for text already made printable. */
export function paint(io: CliIO, stream: 'stdout' | 'stderr', tone: Tone, text: string): string {
  // The decision is ours (colorWanted): styleText must not check the process's own streams again.
  return io.color?.[stream] ? styleText(TONES[tone], text, { validateStream: false }) : text;
}

const MARK_TONES: Record<string, Tone> = { PASS: 'pass', ok: 'pass', FAIL: 'fail', skip: 'dim' };

/**
 * A line that starts (after its indentation) with a rule's mark — PASS, ok, FAIL, skip, as the policy's text
 * and the demo print them — with the mark in its tone; any other line unchanged.
 */
export function paintMark(io: CliIO, stream: 'stdout' | 'stderr', line: string): string {
  const m = /^( *)(PASS|FAIL|ok|skip)\b/.exec(line);
  return m ? `${m[1]}${paint(io, stream, MARK_TONES[m[2]!]!, m[2]!)}${line.slice(m[0].length)}` : line;
}

/** The library's logger, routed to stderr. `verbose` shows debug lines. */
export function stderrLogger(io: CliIO, verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) io.stderr(`debug: ${m}\n`);
    },
    info: (m) => io.stderr(`${m}\n`),
    warn: (m) => io.stderr(`${paint(io, 'stderr', 'warn', 'warning:')} ${m}\n`),
  };
}

/** A one-line status on a terminal's stderr: `update` it as work proceeds, `clear` it before output. */
export interface Progress {
  update(status: string): void;
  clear(): void;
  /** The same streams, erasing the status line before anything else is written (log lines, warnings). */
  io: CliIO;
}

/** A status line appears only once the work has taken this long: quick commands print nothing extra. */
const PROGRESS_AFTER_MS = 1000;
/** … and is rewritten at most this often. */
const PROGRESS_EVERY_MS = 100;

/**
 * The one progress line of every command: on a terminal's stderr only (a pipe, a file or a CI log gets
 * nothing), shown once the work has taken a second, with the elapsed time; redrawn as the status changes and
 * ten times a second while it does not (a long step with nothing to count still shows it is alive). Erased by
 * `clear`, which also ends it, and before any other write through `io`, after which it is drawn again. Drawn
 * with a carriage return and spaces, no escape codes: it needs no terminal capability and colours nothing.
 */
export function progressLine(io: CliIO): Progress {
  // process.hrtime, not performance.now: the first use of the \`performance\` global loads perf_hooks (11 modules).
  const now = io.clock ?? (() => Number(process.hrtime.bigint()) / 1e6);
  const started = now();
  let status: string | undefined;
  let last = Number.NEGATIVE_INFINITY;
  let width = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const draw = (force = false) => {
    if (status === undefined) return;
    const t = now();
    if (t - started < PROGRESS_AFTER_MS || (!force && t - last < PROGRESS_EVERY_MS)) return;
    last = t;
    const line = `${status} (${((t - started) / 1000).toFixed(1)} s)`;
    io.stderr(`\r${line}${' '.repeat(Math.max(0, width - line.length))}`);
    width = Math.max(width, line.length);
  };
  const erase = () => {
    if (width > 0) io.stderr(`\r${' '.repeat(width)}\r`);
    width = 0;
  };
  const through = (write: (t: string) => void) => (t: string) => {
    erase();
    write(t);
  };
  return {
    io: { ...io, stdout: through(io.stdout), stderr: through(io.stderr) },
    update: (next) => {
      if (!io.isTTY) return;
      status = next;
      // The timer never keeps the process alive; clear() stops it.
      timer ??= setInterval(() => draw(true), PROGRESS_EVERY_MS).unref();
      draw();
    },
    clear: () => {
      clearInterval(timer);
      timer = undefined;
      status = undefined;
      erase();
    },
  };
}

/**
 * A count for a status line: 12,345. Grouped by hand: the first `toLocaleString` of a process loads ICU's
 * locale data, 7–25 ms that a one-bundle verify would pay on every run.
 */
export function count(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en');
}

/**
 * Untrusted text (bundle contents, certificate fields, reasons) for a terminal: every control character is
 * shown as its `\uXXXX` escape, so nothing can steer the terminal and nothing is silently hidden.
 */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
