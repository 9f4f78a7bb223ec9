/**
 * The one place for colour and progress (src/cli/io.ts): when a stream gets colour (NO_COLOR, FORCE_COLOR,
 * --no-color, a terminal, TERM=dumb), what painting does with and without it, and the progress line's
 * behaviour on a terminal and on a pipe — with a fake terminal stream and a stepped clock.
 */
import { describe, expect, it } from 'vitest';
import {
  colorWanted,
  count,
  paint,
  paintMark,
  progressLine,
  stderrLogger,
  type CliIO,
} from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const ESC = '\x1b';

/** A fake terminal (or pipe): what was written, and a clock that moves only when told. */
function terminal(opts: { tty: boolean; color?: boolean }) {
  let t = 0;
  const io = {
    out: '',
    err: '',
    isTTY: opts.tty,
    cwd: process.cwd(),
    color: { stdout: opts.color ?? false, stderr: opts.color ?? false },
    clock: () => t,
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    advance: (ms: number) => void (t += ms),
  };
  return io satisfies CliIO;
}

describe('count', () => {
  it('groups thousands with commas as the en locale does', () => {
    for (const n of [
      0,
      7,
      999,
      1000,
      12345,
      999999,
      1000000,
      1234567890,
      -1234,
      Number.MAX_SAFE_INTEGER,
      1.5,
    ])
      expect(count(n)).toBe(n.toLocaleString('en'));
  });
});

describe('colorWanted', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ['a terminal', tty, {}, false, true],
    ['a pipe', pipe, {}, false, false],
    ['a terminal with NO_COLOR=1', tty, { NO_COLOR: '1' }, false, false],
    // no-color.org: set and non-empty disables; an empty NO_COLOR does not.
    ['a terminal with an empty NO_COLOR', tty, { NO_COLOR: '' }, false, true],
    ['a terminal with --no-color', tty, {}, true, false],
    ['a terminal with TERM=dumb', tty, { TERM: 'dumb' }, false, false],
    ['a pipe with FORCE_COLOR=1', pipe, { FORCE_COLOR: '1' }, false, true],
    ['a terminal with FORCE_COLOR=0', tty, { FORCE_COLOR: '0' }, false, false],
    ['a pipe with FORCE_COLOR=1 and NO_COLOR=1', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, false],
    ['a pipe with FORCE_COLOR=1 and --no-color', pipe, { FORCE_COLOR: '1' }, true, false],
  ] as const)('%s', (_, stream, env, flag, wanted) => {
    expect(colorWanted(stream, env, flag)).toBe(wanted);
  });
});

describe('paint', () => {
  it('styles on a stream that gets colour, and leaves the text alone otherwise', () => {
    const on = terminal({ tty: true, color: true });
    expect(paint(on, 'stdout', 'pass', 'PASS')).toBe(`${ESC}[1m${ESC}[32mPASS${ESC}[39m${ESC}[22m`);
    expect(paint(on, 'stderr', 'fail', 'FAIL')).toContain(`${ESC}[31m`);
    const off = terminal({ tty: true, color: false });
    expect(paint(off, 'stdout', 'pass', 'PASS')).toBe('PASS');
    const unset: CliIO = { stdout: () => {}, stderr: () => {}, isTTY: true, cwd: '/' };
    expect(paint(unset, 'stdout', 'fail', 'FAIL')).toBe('FAIL');
  });

  it("the logger's warnings are yellow only where colour is wanted", () => {
    const on = terminal({ tty: true, color: true });
    stderrLogger(on).warn('careful');
    expect(on.err).toBe(`${ESC}[33mwarning:${ESC}[39m careful\n`);
    const off = terminal({ tty: true });
    stderrLogger(off).warn('careful');
    expect(off.err).toBe('warning: careful\n');
  });
});

describe('paintMark', () => {
  it("colours a rule's leading mark after the indentation, and nothing else", () => {
    const on = terminal({ tty: true, color: true });
    expect(paintMark(on, 'stdout', '  FAIL  reviews.human-approval  no approval')).toBe(
      `  ${ESC}[1m${ESC}[31mFAIL${ESC}[39m${ESC}[22m  reviews.human-approval  no approval`,
    );
    expect(paintMark(on, 'stdout', 'ok    agents.allowed')).toContain(`${ESC}[32mok${ESC}[39m`);
    expect(paintMark(on, 'stdout', '        pr #11 FAIL')).toBe('        pr #11 FAIL');
    expect(paintMark(on, 'stdout', 'okay then')).toBe('okay then');
    expect(paintMark(terminal({ tty: true }), 'stdout', 'PASS x')).toBe('PASS x');
  });
});

describe('progressLine', () => {
  it('is silent for the first second, then rewrites one line in place with the elapsed time, and erases it', () => {
    const io = terminal({ tty: true });
    const p = progressLine(io);
    io.advance(400);
    p.update('scanning… 5,000 commits');
    expect(io.err).toBe('');
    io.advance(800);
    p.update('scanning… 25,000 commits');
    expect(io.err).toBe('\rscanning… 25,000 commits (1.2 s)');
    io.advance(50);
    p.update('scanning… 26,000 commits');
    expect(io.err, 'at most ten updates a second').toBe('\rscanning… 25,000 commits (1.2 s)');
    io.advance(100);
    p.update('blaming… 3 of 9 files');
    // A shorter status covers the longer one it replaces.
    expect(io.err.split('\r').at(-1)).toBe('blaming… 3 of 9 files (1.4 s)' + ' '.repeat(3));
    p.clear();
    expect(io.err.endsWith(`\r${' '.repeat('scanning… 25,000 commits (1.2 s)'.length)}\r`)).toBe(true);
    // No escape codes at all: the line needs nothing of the terminal but a carriage return.
    expect(io.err).not.toContain(ESC);
    expect(io.out).toBe('');
  });

  it('a log line written through its io erases the status first, so the two never share a line', () => {
    const io = terminal({ tty: true });
    const p = progressLine(io);
    io.advance(1000);
    p.update('hashing… 1 of 9 files');
    stderrLogger(p.io).info('Wrote statement s.json');
    const blank = ' '.repeat('hashing… 1 of 9 files (1.0 s)'.length);
    expect(io.err).toBe(`\rhashing… 1 of 9 files (1.0 s)\r${blank}\rWrote statement s.json\n`);
    io.advance(1000);
    p.update('hashing… 2 of 9 files');
    expect(io.err.endsWith('\rhashing… 2 of 9 files (2.0 s)')).toBe(true);
    p.clear();
  });

  it('while the status stays the same, the line keeps being drawn with the time going on, until cleared', async () => {
    const io = terminal({ tty: true });
    const p = progressLine(io);
    io.advance(1000);
    p.update('looking for AI config changes…');
    io.advance(1500);
    await new Promise((r) => setTimeout(r, 250));
    expect(io.err.split('\r').at(-1)).toBe('looking for AI config changes… (2.5 s)');
    p.clear();
    const after = io.err;
    io.advance(1000);
    await new Promise((r) => setTimeout(r, 250));
    expect(io.err, 'nothing after clear').toBe(after);
  });

  it('never writes to a pipe, and clear writes nothing when nothing was shown', () => {
    const pipe = terminal({ tty: false });
    const p = progressLine(pipe);
    pipe.advance(5000);
    p.update('verifying… 10 bundles');
    p.clear();
    expect(pipe.err).toBe('');
    const quick = terminal({ tty: true });
    const q = progressLine(quick);
    q.update('hashing… 1 of 1 files');
    q.clear();
    expect(quick.err).toBe('');
  });
});

describe('--no-color', () => {
  it('is global: taken out wherever it stands, and turns colour off for the command', async () => {
    const io = terminal({ tty: true, color: true });
    expect(await main(['verify', '--no-color', '--bogus'], io)).toBe(2);
    expect(io.err).toMatch(/^agent-attest verify: .*--bogus/);
    expect(io.err).not.toContain(ESC);
    const coloured = terminal({ tty: true, color: true });
    expect(await main(['verify', '--bogus'], coloured)).toBe(2);
    expect(coloured.err).toContain(`${ESC}[31magent-attest verify:${ESC}[39m`);
    const first = terminal({ tty: true, color: true });
    expect(await main(['--no-color', 'nonsense'], first)).toBe(2);
    expect(first.err).toBe(
      "agent-attest: unknown command 'nonsense'; run `agent-attest --help` for the list.\n",
    );
  });
});
