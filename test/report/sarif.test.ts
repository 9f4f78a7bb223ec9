/* eslint-disable @typescript-eslint/no-explicit-any -- the SARIF log is read untyped */
/**
 * scan --format sarif on a real repository: valid against the SARIF 2.1.0 schema (the OASIS schema shipped in
 * @microsoft/jest-sarif, pinned; draft-04, so ajv-draft-04), rule ids, levels from the risk, line numbers of the entries that changed,
 * help text for every rule, and agent code on risk paths without a recorded approval as notes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/scan.js';
import type { CliIO } from '../../src/cli/io.js';
import { itemLine, lineAt } from '../../src/core/report/locate.js';
import { pathUri } from '../../src/core/report/sarif/index.js';
import {
  HOOK_COMMAND,
  HOSTILE_FILE as HOSTILE_PATH,
  MCP,
  SETTINGS,
  reportRepo,
  type ReportRepo,
} from './fixture.js';

const require = createRequire(import.meta.url);
const schemaPath = path.join(
  path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
  'lib/schemas/sarif-2.1.0-rtm.5.json',
);
// The schema's `language` pattern is written for JavaScript's non-unicode regular expressions.
const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

let fx: ReportRepo;

let sarif: any;

const lineOf = (text: string, needle: string): number => lineAt(text, text.indexOf(needle));

beforeAll(async () => {
  fx = await reportRepo();
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: () => {}, isTTY: false, cwd: fx.repo.path };
  expect(await run(['--format', 'sarif'], io)).toBe(0);
  sarif = JSON.parse(out.join(''));
});
afterAll(() => fx.repo.remove());

describe('scan --format sarif', () => {
  it('is valid SARIF 2.1.0', () => {
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(sarif.version).toBe('2.1.0');
  });

  it('the schema check is not vacuous: a broken log fails it', () => {
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(validate(broken)).toBe(false);
  });

  it('red flags are errors at the line of the entry, under one rule each', () => {
    const results = sarif.runs[0].results as Array<Record<string, any>>;
    const pipe = results.find((r) => r.ruleId === 'AA-SURFACE-pipe-to-shell');
    expect(pipe).toBeDefined();
    expect(pipe!.level).toBe('error');
    expect(pipe!.locations[0].physicalLocation.artifactLocation.uri).toBe('.claude/settings.json');
    expect(pipe!.locations[0].physicalLocation.region.startLine).toBe(lineOf(SETTINGS, HOOK_COMMAND));
    expect(pipe!.message.text).toContain('curl');
    const autoRun = results.find((r) => r.ruleId === 'AA-SURFACE-auto-run');
    expect(autoRun?.level).toBe('error');
    const mcp = results.find((r) => r.ruleId === 'AA-SURFACE-unpinned-mcp');
    expect(mcp?.locations[0].physicalLocation.artifactLocation.uri).toBe('.mcp.json');
    expect(mcp?.locations[0].physicalLocation.region.startLine).toBe(lineOf(MCP, '"db"'));
  });

  it('a change without a red flag is reported under its strongest capability, at its line', () => {
    const results = sarif.runs[0].results as Array<Record<string, any>>;
    const pkg = results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'package.json');
    expect(pkg).toMatchObject({ ruleId: 'AA-SURFACE-exec', level: 'warning' });
    expect(pkg!.locations[0].physicalLocation.region.startLine).toBe(5);
  });

  it('every rule has a name, descriptions, help text and a severity; results point at their rule', () => {
    const rules = sarif.runs[0].tool.driver.rules as Array<Record<string, any>>;
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) {
      expect(rule.help.text.length).toBeGreaterThan(40);
      expect(rule.shortDescription.text).toBeTruthy();
      expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
    }
    for (const r of sarif.runs[0].results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('agent code on risk paths without a recorded approval is a note per path', () => {
    const notes = (sarif.runs[0].results as Array<Record<string, any>>).filter(
      (r) => r.ruleId === 'AA-RISK-PATH-UNREVIEWED',
    );
    const uris = notes.map((n) => n.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(['.github/workflows/ci.yml', 'src/auth/login.ts']);
    for (const n of notes) {
      expect(n.level).toBe('note');
      expect(n.message.text).toMatch(/review: unknown/);
    }
    const login = notes.find(
      (n) => n.locations[0].physicalLocation.artifactLocation.uri === 'src/auth/login.ts',
    );
    expect(login!.properties.commits).toEqual([{ sha: fx.claude, review: 'unknown' }]);
  });
});

describe('locations', () => {
  it('paths become URI references with each segment encoded', () => {
    expect(pathUri(HOSTILE_PATH)).toBe(`docs/${encodeURIComponent(HOSTILE_PATH.slice('docs/'.length))}`);
    expect(pathUri('a b/c#d.ts')).toBe('a%20b/c%23d.ts');
  });

  it('an entry is found by its command, by its JSON-escaped command, or by its key names', () => {
    const text = '{\n  "scripts": {\n    "build": "echo \\"hi\\"",\n    "test": "x"\n  }\n}\n';
    expect(
      itemLine(text, {
        kind: 'script',
        capabilities: ['EXEC'],
        key: 'scripts.build',
        change: 'added',
        command: 'echo "hi"',
      }),
    ).toBe(3);
    expect(
      itemLine(text, { kind: 'script', capabilities: ['EXEC'], key: 'scripts.test', change: 'added' }),
    ).toBe(4);
    expect(
      itemLine(text, { kind: 'script', capabilities: ['EXEC'], key: 'nothing.here', change: 'added' }),
    ).toBeUndefined();
  });
});
