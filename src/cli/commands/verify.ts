/**
 * `agent-attest verify` (and the conformance suite's `verify-bundle`): argv → VerifyOptions →
 * report → text or JSON. Imports the verifier only, so a deploy gate starts fast.
 */
import { AgentAttestError, messageOf } from '../../core/errors.js';
import {
  verifyArtifacts,
  type IdentityPolicy,
  type VerificationReport,
  type VerifiedBundle,
} from '../../core/verify/index.js';
import { parseCommandArgs } from '../args.js';
import { stderrLogger, type CliIO } from '../io.js';

/** Version of the `--format json` document (docs/verify.md). */
export const REPORT_VERSION = 1;

const USAGE = `usage: agent-attest verify ARTIFACT|sha256:HEX... --bundle FILE [options]

Verifies Sigstore bundles for artifacts offline: signature, certificate chain, log entries and
timestamps against a trusted root; the signer from the certificate; the in-toto statement's
predicate type and subject digest. Each artifact passes when at least one bundle verifies for it.

  --bundle FILE                       bundle (JSON, JSONL, {"bundle": …} lines); repeatable
  --trusted-root FILE|public-good|github
                                      default: public-good (+ GitHub's instance when shipped)
  --predicate-type URI                default: https://slsa.dev/provenance/v1
signer (at least one of the first six, or --allow-any-identity):
  --signer-workflow [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]
  --signer-repo [HOST/]OWNER/REPO     repository of the signing workflow
  --repository [HOST/]OWNER/REPO      repository whose run signed; --repository-id N
  --owner [HOST/]OWNER                its owner; --owner-id N
  --certificate-identity SAN          exact;  --certificate-identity-regexp RE (anchored)
  --certificate-oidc-issuer URL       default: https://token.actions.githubusercontent.com
  --source-ref REF  --source-digest SHA  --signer-digest SHA  --deny-self-hosted-runners
  --allow-any-identity                accept any signer the trusted root vouches for
  --key FILE                          verify key-signed bundles with a PEM public key
  --format text|json                  default: text
exit: 0 pass, 1 verification failed, 2 bad usage or input`;

const OPTIONS = {
  bundle: { type: 'string', multiple: true },
  'trusted-root': { type: 'string' },
  staging: { type: 'boolean' },
  key: { type: 'string' },
  'certificate-identity': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'signer-workflow': { type: 'string' },
  'signer-repo': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  repository: { type: 'string' },
  'repository-id': { type: 'string' },
  owner: { type: 'string' },
  'owner-id': { type: 'string' },
  'source-ref': { type: 'string' },
  'source-digest': { type: 'string' },
  'signer-digest': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'allow-any-identity': { type: 'boolean' },
  'predicate-type': { type: 'string' },
  format: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const json =
    argv.includes('--format=json') || argv.some((a, i) => a === '--format' && argv[i + 1] === 'json');
  try {
    const { values: v, positionals } = parseCommandArgs('verify', argv, OPTIONS);
    if (v.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (v.format !== undefined && v.format !== 'text' && v.format !== 'json') {
      throw new AgentAttestError(
        'USAGE',
        `--format ${JSON.stringify(v.format)} is not text or json; pass --format text or --format json.`,
      );
    }
    if (v.staging && v['trusted-root'] === undefined) {
      throw new AgentAttestError(
        'USAGE',
        '--staging needs --trusted-root FILE: this verifier never fetches trust roots; pass the staging trusted_root.json.',
      );
    }
    const identity: IdentityPolicy = {
      certificateIdentity: v['certificate-identity'],
      certificateIdentityRegExp: v['certificate-identity-regexp'],
      signerWorkflow: v['signer-workflow'],
      signerRepo: v['signer-repo'],
      oidcIssuer: v['certificate-oidc-issuer'],
      repository: v.repository,
      repositoryId: v['repository-id'],
      owner: v.owner,
      ownerId: v['owner-id'],
      sourceRef: v['source-ref'],
      sourceDigest: v['source-digest'],
      signerDigest: v['signer-digest'],
      denySelfHostedRunners: v['deny-self-hosted-runners'],
      allowAnyIdentity: v['allow-any-identity'],
    };
    const report = await verifyArtifacts({
      artifacts: positionals,
      bundlePaths: v.bundle ?? [],
      trustedRoot: v['trusted-root'],
      identity,
      predicateType: v['predicate-type'],
      publicKeyPath: v.key,
      logger: stderrLogger(io, v.verbose),
    });
    io.stdout(
      json
        ? `${JSON.stringify({ version: REPORT_VERSION, decision: decision(report), ...report }, null, 2)}\n`
        : formatText(report, v.verbose ?? false),
    );
    return report.ok ? 0 : 1;
  } catch (e) {
    const error =
      e instanceof AgentAttestError
        ? e
        : new AgentAttestError('VERIFICATION_FAILED', `unexpected error: ${messageOf(e)}`, { cause: e });
    io.stderr(`agent-attest verify: ${error.message}\n`);
    if (json)
      io.stdout(
        `${JSON.stringify({ version: REPORT_VERSION, decision: 'error', error: { code: error.code, message: error.message } }, null, 2)}\n`,
      );
    return error.exitCode;
  }
}

function decision(report: VerificationReport): 'pass' | 'fail' {
  return report.ok ? 'pass' : 'fail';
}

/** Certificate fields and reasons come from untrusted bundles: no terminal control characters. */
function clean(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatText(report: VerificationReport, verbose: boolean): string {
  const lines: string[] = [];
  for (const a of report.artifacts) {
    const digest = Object.entries(a.digests)[0];
    lines.push(`${a.ok ? 'PASS' : 'FAIL'}  ${clean(a.name)}${digest ? `  ${digest[0]}:${digest[1]}` : ''}`);
    for (const v of a.verified) lines.push(`  ✓ ${source(v.bundle)}: ${describeSigner(v)}`);
    if (!a.ok || verbose) {
      for (const f of a.failures) lines.push(`  ✗ ${source(f.bundle)}: ${f.code}: ${clean(f.reason)}`);
    }
  }
  const failed = report.artifacts.filter((a) => !a.ok).length;
  lines.push(
    report.ok
      ? `verified: ${report.artifacts.length} artifact(s) signed by the expected signer (trusted root: ${report.trustedRoots.join(', ')})`
      : `verification FAILED: ${failed} of ${report.artifacts.length} artifact(s) have no bundle that verifies`,
  );
  return `${lines.join('\n')}\n`;
}

function source(b: { path: string; index: number }): string {
  return `${clean(b.path)}#${b.index}`;
}

function describeSigner(v: VerifiedBundle): string {
  const s = v.signer;
  const time = v.timestamps[0]?.time;
  const parts = [s ? `signed by ${s.subjectAlternativeName ?? '(no SAN)'}` : 'signed with the given key'];
  if (s?.sourceRepositoryURI)
    parts.push(
      `source ${s.sourceRepositoryURI}@${s.sourceRepositoryRef ?? '?'} ${s.sourceRepositoryDigest?.slice(0, 12) ?? ''}`.trim(),
    );
  if (time) parts.push(`at ${time}`);
  parts.push(`root ${v.trustedRoot}`);
  return clean(parts.join(', '));
}
