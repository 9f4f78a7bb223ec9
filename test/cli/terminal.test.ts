/**
 * The built CLI under a real pseudo-terminal (util-linux `script`), as a person at a terminal runs it: the
 * verdict is coloured there; NO_COLOR, --no-color and a pipe get no escape code at all; FORCE_COLOR colours a
 * pipe. A real bundle is verified offline against the trusted root it was signed under.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEntryPoints, runCli, type Built } from '../support/built.js';
import { haveReal, PG, SIGSTORE_JS } from '../verify/helpers.js';

const exec = promisify(execFile);
const SCRIPT = '/usr/bin/script';
const ESC = '\x1b';

const VERIFY = [
  'verify',
  SIGSTORE_JS.artifact,
  '--bundle',
  SIGSTORE_JS.bundle,
  '--trusted-root',
  PG,
  '--certificate-identity',
  SIGSTORE_JS.san,
];

const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;

let built: Built;
beforeAll(async () => {
  built = await buildEntryPoints();
}, 120_000);
afterAll(() => built?.close());

/** `node cli.js ARGS` with stdout and stderr on a pseudo-terminal; what the terminal showed and the exit code. */
async function onTerminal(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; shown: string }> {
  const command = [process.execPath, path.join(built.dir, 'cli.js'), ...args].map(quote).join(' ');
  try {
    const r = await exec(SCRIPT, ['-qefc', command, '/dev/null'], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color', ...env },
      timeout: 30_000,
    });
    return { code: 0, shown: r.stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    return { code: err.code ?? -1, shown: err.stdout ?? '' };
  }
}

describe.skipIf(!existsSync(SCRIPT) || !haveReal)(
  'colour on a terminal, none on a pipe or when asked',
  () => {
    it('a terminal shows PASS in colour', async () => {
      const { code, shown } = await onTerminal(VERIFY);
      expect(code, shown).toBe(0);
      expect(shown).toContain(`${ESC}[32mPASS${ESC}[39m`);
      expect(shown).toContain(`signature ${ESC}[1m${ESC}[32m✓`);
    });

    it('NO_COLOR and --no-color leave no escape code on the terminal', async () => {
      for (const run of [onTerminal(VERIFY, { NO_COLOR: '1' }), onTerminal([...VERIFY, '--no-color'])]) {
        const { code, shown } = await run;
        expect(code, shown).toBe(0);
        expect(shown).toMatch(/^PASS {2}1 artifact\(s\)/);
        expect(shown).not.toContain(ESC);
      }
    });

    it('an error on a terminal is red, and not with NO_COLOR', async () => {
      const red = await onTerminal(['verify', '--bogus']);
      expect(red.code).toBe(2);
      expect(red.shown).toContain(`${ESC}[31magent-attest verify:${ESC}[39m`);
      const plain = await onTerminal(['verify', '--bogus'], { NO_COLOR: '1' });
      expect(plain.shown).toMatch(/^agent-attest verify: /);
      expect(plain.shown).not.toContain(ESC);
    });

    it('a pipe gets no escape code, unless FORCE_COLOR asks for it', async () => {
      const piped = await runCli(built, VERIFY, { cwd: tmpdir() });
      expect(piped.code, piped.stderr).toBe(0);
      expect(piped.stdout + piped.stderr).not.toContain(ESC);
      const forced = await runCli(built, VERIFY, { cwd: tmpdir(), env: { FORCE_COLOR: '1' } });
      expect(forced.stdout).toContain(`${ESC}[32mPASS${ESC}[39m`);
      expect(forced.stdout.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).toBe(piped.stdout);
    });
  },
);
