/**
 * attest --sbom, end to end on the devstack: a CycloneDX document built with @cyclonedx/cyclonedx-library,
 * valid for the library's own strict validator, carrying the AI attribution and the provenance statement's
 * digest, signed as a second in-toto statement in the shape GitHub's attest-sbom writes, written beside the
 * provenance; `verify --predicate-type https://cyclonedx.org/bom` accepts it and the provenance type does not.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- statements and BOMs are read untyped */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import * as Validation from '@cyclonedx/cyclonedx-library/Validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as attestRun } from '../../src/cli/commands/attest.js';
import { run as verifyRun } from '../../src/cli/commands/verify.js';
import type { CliIO } from '../../src/cli/io.js';
import { readEnvironment } from '../../src/core/config.js';
import { sbomPath } from '../../src/core/attest/index.js';
import { CYCLONEDX_PREDICATE_TYPE } from '../../src/core/report/sbom/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import { reportRepo, type ReportRepo } from './fixture.js';

const WORKFLOW = 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

let stack: TestDevstack;
let fx: ReportRepo;
let ws: string;
let result: any;
let provenance: { bytes: Buffer; statement: any };
let sbom: { bytes: Buffer; statement: any };

const io = (out: string[] = [], err: string[] = []): CliIO => ({
  stdout: (t) => void out.push(t),
  stderr: (t) => void err.push(t),
  isTTY: false,
  cwd: ws,
});

beforeAll(async () => {
  stack = await startTestDevstack();
  fx = await reportRepo();
  ws = await mkdtemp(path.join(tmpdir(), 'agent-attest-sbom-'));
  await mkdir(path.join(ws, 'dist'));
  await writeFile(path.join(ws, 'dist', 'app.tgz'), 'the release');
  await writeFile(path.join(ws, 'dist', 'app.sha256'), 'checksums');
  const env = readEnvironment({
    GITHUB_ACTIONS: 'true',
    ...stack.env,
    RUNNER_TEMP: ws,
    GITHUB_WORKSPACE: ws,
  });
  const out: string[] = [];
  const err: string[] = [];
  const code = await attestRun(
    [
      '--subject-path',
      'dist/*',
      '--repo-path',
      fx.repo.path,
      '--sbom',
      '--sigstore',
      stack.signingConfigPath,
      '--bundle-out',
      path.join(ws, 'out', 'release.sigstore.json'),
      '--reviews',
      'off',
      '--format',
      'json',
    ],
    io(out, err),
    { env },
  );
  expect(code, err.join('')).toBe(0);
  result = JSON.parse(out.join(''));
  const a = result.attestations[0];
  const pBytes = await readFile(a.statementPath);
  provenance = { bytes: pBytes, statement: JSON.parse(pBytes.toString('utf8')) };
  const sBytes = await readFile(a.sbom.statementPath);
  sbom = { bytes: sBytes, statement: JSON.parse(sBytes.toString('utf8')) };
});
afterAll(async () => {
  await stack?.close();
  await fx?.repo.remove();
  if (ws) await rm(ws, { recursive: true, force: true });
});

describe('attest --sbom', () => {
  it('writes and signs the SBOM statement beside the provenance', () => {
    const a = result.attestations[0];
    expect(a.sbom.statementPath).toBe(path.join(ws, 'out', 'release.sbom.intoto.json'));
    expect(a.sbom.bundlePath).toBe(path.join(ws, 'out', 'release.sbom.sigstore.json'));
    expect(a.sbom.statementDigest).toBe(`sha256:${sha256(sbom.bytes)}`);
    expect(a.sbom.tlogEntry).toBeDefined();
    expect(sbomPath('x/a-2.sigstore.json')).toBe('x/a-2.sbom.sigstore.json');
  });

  it("has GitHub's SBOM attestation shape: CycloneDX predicate type, the BOM as predicate, the same subjects", () => {
    const s = sbom.statement;
    expect(Object.keys(s).sort()).toEqual(['_type', 'predicate', 'predicateType', 'subject']);
    expect(s._type).toBe('https://in-toto.io/Statement/v1');
    expect(s.predicateType).toBe(CYCLONEDX_PREDICATE_TYPE);
    expect(s.subject).toEqual(provenance.statement.subject);
    // What attest-sbom checks before it accepts a document as CycloneDX.
    expect(s.predicate.bomFormat).toBe('CycloneDX');
    expect(s.predicate.specVersion).toBe('1.7');
    expect(s.predicate.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("is valid for the CycloneDX library's strict validator (and the check can fail)", async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot7);
    expect(await validator.validate(JSON.stringify(sbom.statement.predicate))).toBeNull();
    const broken = structuredClone(sbom.statement.predicate);
    broken.components[0].hashes[0].alg = 'MD4';
    expect(await validator.validate(JSON.stringify(broken))).not.toBeNull();
  });

  it('lists the subjects with their digests and carries the attribution of the provenance', () => {
    const bom = sbom.statement.predicate;
    const byName = Object.fromEntries(bom.components.map((c: any) => [c.name, c]));
    for (const s of provenance.statement.subject)
      expect(byName[s.name].hashes).toEqual([{ alg: 'SHA-256', content: s.digest.sha256 }]);
    const props = Object.fromEntries(bom.metadata.properties.map((p: any) => [p.name, p.value]));
    expect(props['agent-attest:provenance:digest']).toBe(`sha256:${sha256(provenance.bytes)}`);
    const ext = provenance.statement.predicate['https://agent-attest.dev/ext/v1'];
    expect(props['agent-attest:commits']).toBe(String(ext.totals.commits));
    expect(props['agent-attest:commits:agent']).toBe(String(ext.totals.agentCommits));
    expect(props['agent-attest:share:commits']).toBe(
      String(Math.round((ext.totals.agentCommits / ext.totals.commits) * 10_000) / 10_000),
    );
    for (const [id, a] of Object.entries(ext.totals.byAgent) as [string, any][])
      expect(props[`agent-attest:agent:${id}:commits`]).toBe(String(a.commits));
    expect(props['agent-attest:model:openai/gpt-5-codex:commits']).toBe('1');
    expect(props['agent-attest:strength:declared:commits']).toBe(String(ext.totals.byStrength.declared));
    expect(props['agent-attest:reviews']).toBe('not-collected');
    expect(props['agent-attest:reviews:agent-commits:unknown']).toBe(String(ext.totals.agentCommits));
    expect(props['agent-attest:surfaces']).toBe(String(ext.surfaces.length));
    expect(props['agent-attest:surfaces:high']).toBe('2');
    expect(props['agent-attest:surface:.claude/settings.json']).toMatch(
      /^high added claude-code EXEC.* pipe-to-shell/,
    );
    expect(props['agent-attest:range:head']).toBe(ext.range.head);
    expect(Number(props['agent-attest:share:changed-lines'])).toBeGreaterThan(0);
  });

  it('verify --predicate-type https://cyclonedx.org/bom accepts the SBOM bundle; the provenance type does not', async () => {
    const a = result.attestations[0];
    const common = ['--trusted-root', stack.trustedRootPath, '--signer-workflow', WORKFLOW];
    const artifact = path.join(ws, 'dist', 'app.tgz');
    const err: string[] = [];
    expect(
      await verifyRun(
        [artifact, '--bundle', a.sbom.bundlePath, ...common, '--predicate-type', CYCLONEDX_PREDICATE_TYPE],
        io([], err),
      ),
      err.join(''),
    ).toBe(0);
    const out: string[] = [];
    expect(
      await verifyRun([artifact, '--bundle', a.sbom.bundlePath, ...common, '--format', 'json'], io(out)),
    ).toBe(1);
    expect(out.join('')).toContain('PREDICATE_TYPE_MISMATCH');
    expect(
      await verifyRun(
        [artifact, '--bundle', a.bundlePath, ...common, '--predicate-type', CYCLONEDX_PREDICATE_TYPE],
        io(),
      ),
    ).toBe(1);
    expect(await verifyRun([artifact, '--bundle', a.bundlePath, ...common], io())).toBe(0);
  });

  it('without --sbom nothing of it is written', async () => {
    const env = readEnvironment({
      GITHUB_ACTIONS: 'true',
      ...stack.env,
      RUNNER_TEMP: ws,
      GITHUB_WORKSPACE: ws,
    });
    const out: string[] = [];
    const bundle = path.join(ws, 'plain', 'release.sigstore.json');
    expect(
      await attestRun(
        [
          '--subject-path',
          'dist/app.tgz',
          '--repo-path',
          fx.repo.path,
          '--sigstore',
          stack.signingConfigPath,
          '--bundle-out',
          bundle,
          '--reviews',
          'off',
          '--format',
          'json',
        ],
        io(out),
        { env },
      ),
    ).toBe(0);
    expect(JSON.parse(out.join('')).attestations[0].sbom).toBeUndefined();
    await expect(readFile(sbomPath(bundle))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
