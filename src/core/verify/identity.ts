/**
 * Signer identity policy, checked against the certificate facts only. Everything is exact or
 * anchored: @sigstore/verify's own SAN policy is an unanchored RegExp, so it is not used.
 *
 * Case: host/owner/repository/path parts of GitHub URIs compare case-insensitively (GitHub names
 * are), git refs, the SAN given with --certificate-identity and the OIDC issuer compare exactly,
 * hex digests ignore case.
 */
import { AgentAttestError } from '../errors.js';
import type { CertificateFacts } from './certificate.js';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const DEFAULT_HOST = 'github.com';

export interface IdentityPolicy {
  /** Exact SAN. */
  certificateIdentity?: string;
  /** A RegExp the whole SAN must match (anchored for you). */
  certificateIdentityRegExp?: string;
  /** `[host/]owner/repo/.github/workflows/file.yml[@ref]`: the workflow that signed (the SAN). */
  signerWorkflow?: string;
  /** `[host/]owner/repo`: the repository holding the workflow that signed (reusable workflows too). */
  signerRepo?: string;
  /** Exact OIDC issuer; defaults to GitHub Actions'. */
  oidcIssuer?: string;
  /** `[host/]owner/repo` whose workflow run signed (source repository). */
  repository?: string;
  repositoryId?: string;
  /** `[host/]owner` of the source repository. */
  owner?: string;
  ownerId?: string;
  /** Full git ref, e.g. `refs/heads/main`. */
  sourceRef?: string;
  /** Commit the run built. */
  sourceDigest?: string;
  /** Commit of the signing workflow file. */
  signerDigest?: string;
  denySelfHostedRunners?: boolean;
  /** Accept any signer the trusted root vouches for (the issuer is still checked). Must be explicit. */
  allowAnyIdentity?: boolean;
}

export interface IdentityResult {
  ok: boolean;
  /** One line per constraint the certificate does not meet. */
  reasons: string[];
}

/** The constraints that pin a signer; the issuer alone does not. */
const PINNING_KEYS = [
  'certificateIdentity',
  'certificateIdentityRegExp',
  'signerWorkflow',
  'signerRepo',
  'repository',
  'repositoryId',
  'owner',
  'ownerId',
] as const satisfies (keyof IdentityPolicy)[];

/** Fails closed (exit 2) on a policy that pins nothing or cannot be read. */
export function assertIdentityPolicy(policy: IdentityPolicy): void {
  if (!policy.allowAnyIdentity && !PINNING_KEYS.some((k) => policy[k] !== undefined)) {
    throw new AgentAttestError(
      'USAGE',
      'no signer identity given; pass --signer-workflow, --signer-repo, --repository, --owner, --certificate-identity or --certificate-identity-regexp (or --allow-any-identity to accept any signer).',
    );
  }
  if (policy.certificateIdentityRegExp !== undefined) anchored(policy.certificateIdentityRegExp);
  if (policy.signerWorkflow !== undefined) parseWorkflow(policy.signerWorkflow);
  for (const [flag, value, segments] of [
    ['--signer-repo', policy.signerRepo, 2],
    ['--repository', policy.repository, 2],
    ['--owner', policy.owner, 1],
  ] as const) {
    if (value !== undefined) parseGitHubPath(flag, value, segments);
  }
  for (const [flag, value] of [
    ['--repository-id', policy.repositoryId],
    ['--owner-id', policy.ownerId],
  ] as const) {
    if (value !== undefined && !/^\d+$/.test(value)) {
      throw new AgentAttestError(
        'USAGE',
        `${flag} ${JSON.stringify(value)} is not a number; pass the numeric id GitHub's API returns.`,
      );
    }
  }
}

export function checkIdentity(facts: CertificateFacts, policy: IdentityPolicy): IdentityResult {
  const reasons: string[] = [];
  const san = facts.subjectAlternativeName;
  const show = (v: string | undefined) => (v === undefined ? 'absent' : JSON.stringify(v));

  const issuer = policy.oidcIssuer ?? GITHUB_ACTIONS_ISSUER;
  if (facts.issuer !== issuer) {
    const enterprise =
      policy.oidcIssuer === undefined && facts.issuer?.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
    reasons.push(
      enterprise
        ? `certificate issuer is ${show(facts.issuer)}: this is an enterprise issuer; pass --certificate-oidc-issuer ${facts.issuer}`
        : `certificate issuer is ${show(facts.issuer)}, expected ${JSON.stringify(issuer)}`,
    );
  }
  if (policy.certificateIdentity !== undefined && san !== policy.certificateIdentity) {
    reasons.push(
      `certificate identity is ${show(san)}, expected exactly ${JSON.stringify(policy.certificateIdentity)}`,
    );
  }
  if (
    policy.certificateIdentityRegExp !== undefined &&
    (san === undefined || !anchored(policy.certificateIdentityRegExp).test(san))
  ) {
    reasons.push(
      `certificate identity ${show(san)} does not match ^(?:${policy.certificateIdentityRegExp})$`,
    );
  }
  if (policy.signerWorkflow !== undefined) {
    const want = parseWorkflow(policy.signerWorkflow);
    const got = san === undefined ? undefined : splitRef(san);
    const pathOk = got !== undefined && sameText(got.path, want.uri);
    const refOk = got?.ref !== undefined && (want.ref === undefined || got.ref === want.ref);
    if (!pathOk || !refOk) {
      reasons.push(`signer workflow is ${show(san)}, expected ${want.uri}@${want.ref ?? '<any ref>'}`);
    }
  }
  if (policy.signerRepo !== undefined) {
    const prefix = `${parseGitHubPath('--signer-repo', policy.signerRepo, 2)}/`;
    if (san === undefined || !san.toLowerCase().startsWith(prefix.toLowerCase())) {
      reasons.push(`signer workflow ${show(san)} is not in repository ${prefix.slice(0, -1)}`);
    }
  }
  if (policy.repository !== undefined) {
    const want = parseGitHubPath('--repository', policy.repository, 2);
    if (!sameText(facts.sourceRepositoryURI, want)) {
      reasons.push(`source repository is ${show(facts.sourceRepositoryURI)}, expected ${want}`);
    }
  }
  if (policy.repositoryId !== undefined && facts.sourceRepositoryIdentifier !== policy.repositoryId) {
    reasons.push(
      `source repository id is ${show(facts.sourceRepositoryIdentifier)}, expected ${policy.repositoryId}`,
    );
  }
  if (policy.owner !== undefined) {
    const want = parseGitHubPath('--owner', policy.owner, 1);
    if (!sameText(facts.sourceRepositoryOwnerURI, want)) {
      reasons.push(`source repository owner is ${show(facts.sourceRepositoryOwnerURI)}, expected ${want}`);
    }
  }
  if (policy.ownerId !== undefined && facts.sourceRepositoryOwnerIdentifier !== policy.ownerId) {
    reasons.push(
      `source repository owner id is ${show(facts.sourceRepositoryOwnerIdentifier)}, expected ${policy.ownerId}`,
    );
  }
  const ref = facts.sourceRepositoryRef ?? facts.githubWorkflowRef;
  if (policy.sourceRef !== undefined && ref !== policy.sourceRef) {
    reasons.push(`source ref is ${show(ref)}, expected ${JSON.stringify(policy.sourceRef)}`);
  }
  const digest = facts.sourceRepositoryDigest ?? facts.githubWorkflowSHA;
  if (policy.sourceDigest !== undefined && !sameText(digest, policy.sourceDigest)) {
    reasons.push(`source commit is ${show(digest)}, expected ${policy.sourceDigest}`);
  }
  if (policy.signerDigest !== undefined && !sameText(facts.buildSignerDigest, policy.signerDigest)) {
    reasons.push(
      `signer workflow commit is ${show(facts.buildSignerDigest)}, expected ${policy.signerDigest}`,
    );
  }
  if (policy.denySelfHostedRunners && facts.runnerEnvironment !== 'github-hosted') {
    reasons.push(`runner environment is ${show(facts.runnerEnvironment)}; self-hosted runners are denied`);
  }
  return { ok: reasons.length === 0, reasons };
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

function anchored(source: string): RegExp {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (e) {
    throw new AgentAttestError(
      'USAGE',
      `--certificate-identity-regexp is not a valid RegExp (${(e as Error).message}); fix the pattern.`,
    );
  }
}

/** `https://host/path@ref` → path and ref (the first `@`: hosts, owners, repos and paths have none). */
function splitRef(uri: string): { path: string; ref?: string } {
  const at = uri.indexOf('@');
  return at < 0 ? { path: uri } : { path: uri.slice(0, at), ref: uri.slice(at + 1) };
}

/** `[https://][host/]a/b…` with exactly `segments` name segments → `https://host/a/b`. */
function parseGitHubPath(flag: string, value: string, segments: number): string {
  const parts = value
    .replace(/^https:\/\//, '')
    .replace(/\/+$/, '')
    .split('/');
  // GitHub owner names cannot contain a dot; a first segment with one is a host.
  const host = parts.length > segments && parts[0]!.includes('.') ? parts.shift()! : DEFAULT_HOST;
  if (parts.length !== segments || parts.some((p) => !/^[\w.-]+$/.test(p))) {
    const shape = segments === 1 ? 'OWNER' : 'OWNER/REPO';
    throw new AgentAttestError(
      'USAGE',
      `${flag} ${JSON.stringify(value)} is not [HOST/]${shape}; pass e.g. ${segments === 1 ? 'octo-org' : 'octo-org/app'}.`,
    );
  }
  return `https://${host}/${parts.join('/')}`;
}

function parseWorkflow(value: string): { uri: string; ref?: string } {
  const { path, ref } = splitRef(value.replace(/^https:\/\//, ''));
  const m = /^(?:([^/]+\.[^/]+)\/)?([\w.-]+\/[\w.-]+)\/(\.github\/workflows\/[^@]+\.ya?ml)$/.exec(path);
  if (!m || ref === '') {
    throw new AgentAttestError(
      'USAGE',
      `--signer-workflow ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]; pass e.g. octo-org/app/.github/workflows/release.yml@refs/heads/main.`,
    );
  }
  return { uri: `https://${m[1] ?? DEFAULT_HOST}/${m[2]}/${m[3]}`, ref };
}
