import { describe, expect, it } from 'vitest';
import { progressIndicator } from '../../src/cli/commands/scan.js';
import type { CliIO } from '../../src/cli/io.js';

function io(isTTY: boolean): CliIO & { err: string } {
  const out = { err: '' };
  return Object.assign(out, {
    stdout: () => {},
    stderr: (t: string) => void (out.err += t),
    isTTY,
    cwd: '/',
  });
}

describe('scan progress indicator', () => {
  it('stays silent for the first second, then counts commits on one terminal line, and clears it', () => {
    const tty = io(true);
    const p = progressIndicator(tty);
    p.update({ commits: 5_000, elapsedMs: 400, done: false });
    expect(tty.err).toBe('');
    p.update({ commits: 25_000, elapsedMs: 1_200, done: false });
    expect(tty.err).toBe('\r\x1b[2Kscanning… 25,000 commits (1.2 s)');
    p.clear();
    expect(tty.err.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('never writes to a non-terminal (logs and pipes stay clean)', () => {
    const pipe = io(false);
    const p = progressIndicator(pipe);
    p.update({ commits: 100_000, elapsedMs: 5_000, done: false });
    p.clear();
    expect(pipe.err).toBe('');
  });
});
