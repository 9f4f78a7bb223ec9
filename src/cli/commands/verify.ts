/**
 * `agent-attest verify` (and the conformance suite's `verify-bundle`): argv → GateOptions → runGate
 * (src/core/gate: verify, policy, online review recheck, lookup by digest) → text or the JSON document.
 * A plain `verify` imports the verifier only; the gate imports policy and GitHub modules when a flag needs them.
 */
import { readEnvironment } from '../../core/config.js';
import { AgentAttestError } from '../../core/errors.js';
import {
  errorDocument,
  gateDocument,
  gateError,
  REPORT_VERSION,
  runGate,
  type BundleJudgement,
  type GateResult,
} from '../../core/gate/index.js';
import type { Decision } from '../../core/policy/index.js';
import type { VerifiedBundle } from '../../core/verify/index.js';
import { parseCommandArgs } from '../args.js';
import { printable, stderrLogger, type CliIO } from '../io.js';

/** Version of the `--format json` document (docs/verify.md). */
export { REPORT_VERSION };

const USAGE = `usage: agent-attest verify ARTIFACT|sha256:HEX|oci://IMAGE... [--bundle FILE] [options]

Verifies Sigstore bundles for artifacts offline: signature, certificate chain, log entries and
timestamps against a trusted root; the signer from the certificate; the in-toto statement's
predicate type and subject digest. Each artifact passes when at least one bundle verifies for it.
Then every verified statement must pass the policy (if given) and, with --online, still name the
reviews GitHub holds.

  oci://REGISTRY/REPOSITORY@sha256:HEX, oci://REGISTRY/REPOSITORY:TAG
                                      an image: a tag is resolved to its digest first, and the digest is
                                      what is verified and reported; credentials from DOCKER_CONFIG or
                                      ~/.docker/config.json (credential helpers included)
  --bundle FILE                       bundle (JSON, JSONL, {"bundle": …} lines); repeatable. Without it,
                                      an image's bundles are its referrers in its registry (referrers API
                                      and sha256-<digest> tag); a file's are looked up by digest in the
                                      attestations of --repository (or --owner) on GitHub
  --allow-insecure-registry           plain HTTP to a registry that is not loopback
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
policy (a file, or the rule flags — not both; docs/policy.md):
  --policy FILE                       YAML policy file
  --require-human-review  --allowed-agents A,B  --denied-agents A,B  --allowed-models GLOB,…
  --denied-models GLOB,…  --min-evidence-strength verified|declared|inferred
  --max-agent-share N (0..1 or 40%)   --min-approvals N   --max-age 30d|12h|90m
  --unknown allow|count-as-agent|deny (commits without agent evidence)
  --executable-surfaces deny|review|allow (AI config changes that can execute: EXEC, MCP, ENV, PERM)
  --deny-executable-surfaces          the same as --executable-surfaces deny
GitHub (token from GITHUB_TOKEN or GH_TOKEN; optional for public repositories):
  --online                            fetch the attested reviews again; changed or vanished ones fail
  --github-api-url URL                default: GITHUB_API_URL, else https://api.github.com
  --format text|json                  default: text
exit: 0 pass, 1 verification or policy failed, 2 bad usage or input`;

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
  policy: { type: 'string' },
  'require-human-review': { type: 'boolean' },
  'allowed-agents': { type: 'string' },
  'denied-agents': { type: 'string' },
  'allowed-models': { type: 'string' },
  'denied-models': { type: 'string' },
  'min-evidence-strength': { type: 'string' },
  'max-agent-share': { type: 'string' },
  'deny-executable-surfaces': { type: 'boolean' },
  'min-approvals': { type: 'string' },
  unknown: { type: 'string' },
  'executable-surfaces': { type: 'string' },
  'max-age': { type: 'string' },
  online: { type: 'boolean' },
  'github-api-url': { type: 'string' },
  'allow-insecure-registry': { type: 'boolean' },
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
    const result = await runGate(
      {
        artifacts: positionals,
        bundlePaths: v.bundle ?? [],
        trustedRoot: v['trusted-root'],
        identity: {
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
        },
        predicateType: v['predicate-type'],
        publicKeyPath: v.key,
        policyFile: v.policy,
        rules: {
          requireHumanReview: v['require-human-review'],
          minApprovals: v['min-approvals'],
          allowedAgents: v['allowed-agents'],
          deniedAgents: v['denied-agents'],
          allowedModels: v['allowed-models'],
          deniedModels: v['denied-models'],
          minEvidenceStrength: v['min-evidence-strength'],
          maxAgentShare: v['max-agent-share'],
          unknown: v.unknown,
          denyExecutableSurfaces: v['deny-executable-surfaces'],
          executableSurfaces: v['executable-surfaces'],
          maxAge: v['max-age'],
        },
        online: v.online,
        githubApiUrl: v['github-api-url'],
        allowInsecureRegistry: v['allow-insecure-registry'],
      },
      { logger: stderrLogger(io, v.verbose), env: readEnvironment() },
    );
    if (json) {
      io.stdout(`${JSON.stringify(gateDocument(result), null, 2)}\n`);
    } else {
      const render =
        result.judgements.size > 0
          ? (await import('../../core/policy/render.js')).renderDecisionText
          : undefined;
      io.stdout(formatText(result, v.verbose ?? false, render));
    }
    return result.pass ? 0 : 1;
  } catch (e) {
    const error = gateError(e);
    io.stderr(`agent-attest verify: ${error.message}\n`);
    if (json) io.stdout(`${JSON.stringify(errorDocument(error), null, 2)}\n`);
    return error.exitCode;
  }
}

const clean = printable;

function formatText(
  { report, judgements, reasons }: GateResult,
  verbose: boolean,
  render?: RenderText,
): string {
  const lines: string[] = [];
  for (const a of report.artifacts) {
    const digest = Object.entries(a.digests)[0];
    const tag = a.image?.tag ? `  (tag ${clean(a.image.tag)} now)` : '';
    lines.push(
      a.image
        ? `${a.ok ? 'PASS' : 'FAIL'}  ${clean(a.name)}${tag}`
        : `${a.ok ? 'PASS' : 'FAIL'}  ${clean(a.name)}${digest ? `  ${digest[0]}:${digest[1]}` : ''}`,
    );
    for (const v of a.verified) {
      lines.push(`  ✓ ${source(v.bundle)}: ${describeSigner(v)}`);
      const j = judgements.get(v);
      if (j && render) lines.push(...decisionLines(j, render).map((l) => `    ${l}`));
    }
    if (!a.ok || verbose) {
      for (const f of a.failures) lines.push(`  ✗ ${source(f.bundle)}: ${f.code}: ${clean(f.reason)}`);
    }
  }
  const failed = report.artifacts.filter((a) => !a.ok).length;
  if (!report.ok)
    lines.push(
      `verification FAILED: ${failed} of ${report.artifacts.length} artifact(s) have no bundle that verifies`,
    );
  else if (reasons.length > 0)
    lines.push(
      `policy FAILED: ${reasons.length} rule failure(s) across ${report.artifacts.length} artifact(s)`,
    );
  else
    lines.push(
      `verified: ${report.artifacts.length} artifact(s) signed by the expected signer${judgements.size > 0 ? ' and passing the policy' : ''} (trusted root: ${report.trustedRoots.join(', ')})`,
    );
  return `${lines.join('\n')}\n`;
}

type RenderText = (d: Decision, loaded?: { name: string; sha256: string }) => string;

/** The decision and every rule line (the policy renderer's text, which strips control characters). */
function decisionLines(j: BundleJudgement, render: RenderText): string[] {
  const loaded = j.policy ? { name: j.policy.policy.name, sha256: j.policy.policy.sha256 } : undefined;
  return render(j.display, loaded).trimEnd().split('\n');
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
