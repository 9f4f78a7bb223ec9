/**
 * Shared fixtures for the verifier tests: the real-world bundles under ../shared (read where they
 * stand, never copied) and a fake CliIO.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/io.js';

export const REAL = path.resolve(import.meta.dirname, '../../../shared/testdata/real-bundles');
export const haveReal = existsSync(path.join(REAL, 'README.md'));
if (!haveReal)
  console.log(
    `skipping real-bundle verify tests: ${REAL} is absent (it lives in the shared checkout, not the project)`,
  );

export const real = (p: string) => path.join(REAL, p);
export const PG = real('trusted-roots/public-good.sigstore-js-seeds.json');
export const PG_OLD = real('trusted-roots/public-good.cli-cli-testdata.json');
export const GH = real('trusted-roots/github-2023-10_2024-05.min.json');

export const SIGSTORE_JS = {
  artifact: real('cli-cli/sigstore-js-2.1.0.tgz'),
  bundle: real('cli-cli/sigstore-js-2.1.0-bundle.json'),
  bundleV01: real('cli-cli/sigstore-js-2.1.0-bundle-v0.1.json'),
  jsonl: real('cli-cli/sigstore-js-2.1.0_with_2_bundles.jsonl'),
  san: 'https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main',
  workflow: 'sigstore/sigstore-js/.github/workflows/release.yml',
  repositoryId: '495574555',
  ownerId: '71096353',
  commit: '26d16513386ffaa790b1c32f927544f1322e4194',
};

export const DEMO = {
  artifact: real('cli-cli/github_provenance_demo-0.0.12-py3-none-any.whl'),
  bundle: real('cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle.jsonl'),
  missingCert: real('cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle-missing-cert.jsonl'),
  missingMaterial: real(
    'cli-cli/github_provenance_demo-0.0.12-py3-none-any-bundle-missing-verification-material.jsonl',
  ),
  san: 'https://github.com/actions/attest-demo/.github/workflows/build-python.yml@refs/heads/main',
};

export const NPM = {
  artifact: real('npm/sigstore-1.0.0.tgz'),
  bundles: [
    'bundleV01-dsse-no-proof',
    'bundleV01-dsse-with-proof',
    'bundleV01-full-cert-chain',
    'bundleV01-intoto-no-proof',
    'bundleV01-intoto-with-proof',
    'bundleV02-dsse',
    'bundleV02-intoto',
    'bundleV03-dsse',
    'bundleV03-intoto',
  ].map((b) => real(`sigstore-js/${b}.sigstore`)),
  predicateType: 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1',
  san: 'brian@dehamer.com',
  issuer: 'https://github.com/login/oauth',
};

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'agent-attest-verify-'));
}

/**
 * Writes a copy of a bundle file (JSON, or the first line of JSONL) to `dir` with one byte of its
 * DSSE payload changed: a letter of the first subject's name, which only the signature covers.
 */
export async function tamperedCopy(file: string, dir: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  const doc = JSON.parse(file.endsWith('.jsonl') ? text.split('\n')[0]! : text);
  const bundle = doc.bundle ?? doc;
  const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64');
  const at = payload.indexOf('"name"') + '"name":"'.length + 1;
  payload[at] = payload[at] === 0x78 ? 0x79 : 0x78;
  bundle.dsseEnvelope.payload = payload.toString('base64');
  const out = path.join(dir, `tampered-${path.basename(file)}`);
  await writeFile(out, JSON.stringify(doc));
  return out;
}

export function fakeIO(cwd = process.cwd()): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    cwd,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}
