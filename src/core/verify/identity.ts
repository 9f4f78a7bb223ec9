/**
 * Signer identity policy, checked against the certificate facts only. Everything is exact or
 * anchored: @sigstore/verify's own SAN policy is an unanchored RegExp, so it is not used.
 *
 * Case follows GitHub's own rules: host, owner and repository names compare case-insensitively (GitHub
 * treats `Octo-Org/App` and `octo-org/app` as one repository); a workflow's path inside the repository
 * (`.github/workflows/release.yml`) is a git path and compares exactly, as do git refs, the SAN given with
 * --certificate-identity and the OIDC issuer; hex digests ignore case.
 *
 * Errors name the option as the user typed it (OptionNames: `--signer-repo` or input 'signer-repo').
 */
import { AgentAttestError } from '../errors.js';
import { CLI_NAMES, type OptionNames } from '../gate/options.js';
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

/** The constraints that pin a signer (at least one, or allowAnyIdentity); the issuer alone does not. */
export const PINNING_KEYS = [
  'signerWorkflow',
  'signerRepo',
  'repository',
  'repositoryId',
  'owner',
  'ownerId',
  'certificateIdentity',
  'certificateIdentityRegExp',
] as const satisfies (keyof IdentityPolicy)[];

/** Fails closed (exit 2) on a policy that pins nothing or cannot be read. */
export function assertIdentityPolicy(policy: IdentityPolicy, names: OptionNames = CLI_NAMES): void {
  if (!policy.allowAnyIdentity && !PINNING_KEYS.some((k) => policy[k] !== undefined)) {
    throw new AgentAttestError(
      'USAGE',
      `no signer identity given; ${names.verb} ${PINNING_KEYS.filter(
        (k) => k !== 'repositoryId' && k !== 'ownerId',
      )
        .map((k) => names.of(k))
        .join(', ')
        .replace(/, ([^,]*)$/, ' or $1')} (or ${names.of('allowAnyIdentity')} to accept any signer).`,
    );
  }
  for (const key of PINNING_KEYS) {
    const value = policy[key];
    if (value !== undefined && value.trim() === '')
      throw new AgentAttestError(
        'USAGE',
        `${names.of(key)} is empty; ${names.verb} a value or leave it out.`,
      );
  }
  if (policy.certificateIdentityRegExp !== undefined) anchored(policy.certificateIdentityRegExp, names);
  if (policy.signerWorkflow !== undefined) parseWorkflow(policy.signerWorkflow, names);
  for (const [key, segments] of [
    ['signerRepo', 2],
    ['repository', 2],
    ['owner', 1],
  ] as const) {
    const value = policy[key];
    if (value !== undefined) parseGitHubPath(names.of(key), value, segments);
  }
  for (const key of ['repositoryId', 'ownerId'] as const) {
    const value = policy[key];
    if (value !== undefined && !/^\d+$/.test(value)) {
      throw new AgentAttestError(
        'USAGE',
        `${names.of(key)} ${JSON.stringify(value)} is not a number; ${names.verb} the numeric id GitHub's API returns.`,
      );
    }
  }
}

/** A GitHub workflow identity (a SAN or build signer URI): `https://HOST/OWNER/REPO/.github/workflows/FILE@REF`. */
export interface WorkflowIdentity {
  host: string;
  owner: string;
  repo: string;
  /** The workflow's path in its repository, e.g. `.github/workflows/release.yml`. */
  path: string;
  ref: string;
}

/**
 * Splits a workflow URI into its parts, or undefined when it is not one: exactly one owner and one repository
 * segment, the file under `.github/workflows/`, a ref after the first `@` (names and paths have none).
 */
export function parseWorkflowIdentity(uri: string | undefined): WorkflowIdentity | undefined {
  const m = uri === undefined ? null : WORKFLOW_URI.exec(uri);
  if (!m) return undefined;
  const [, host, owner, repo, path, ref] = m as unknown as [string, string, string, string, string, string];
  // No `.`, `..` or empty segments: a path that walks out of `.github/workflows` names no workflow file.
  if ([owner, repo, ...path.split('/')].some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return { host, owner, repo, path, ref };
}

const WORKFLOW_URI =
  /^https:\/\/([^/@\s]+)\/([^/@\s]+)\/([^/@\s]+)\/(\.github\/workflows\/[^@\s]+)@([^\s]+)$/;

/** GitHub host, owner and repository names are case-insensitive. */
export function sameGitHubName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function checkIdentity(
  facts: CertificateFacts,
  policy: IdentityPolicy,
  names: OptionNames = CLI_NAMES,
): IdentityResult {
  const reasons: string[] = [];
  const san = facts.subjectAlternativeName;
  const show = (v: string | undefined) => (v === undefined ? 'absent' : JSON.stringify(v));

  const issuer = policy.oidcIssuer ?? GITHUB_ACTIONS_ISSUER;
  if (facts.issuer !== issuer) {
    const enterprise =
      policy.oidcIssuer === undefined && facts.issuer?.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
    reasons.push(
      enterprise
        ? `certificate issuer is ${show(facts.issuer)}: this is an enterprise issuer; ${names.verb} ${names.of('oidcIssuer')} ${facts.issuer}`
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
  const signer = parseWorkflowIdentity(san);
  if (policy.signerWorkflow !== undefined) {
    const want = parseWorkflow(policy.signerWorkflow);
    const ok =
      signer !== undefined &&
      sameGitHubName(signer.host, want.host) &&
      sameGitHubName(signer.owner, want.owner) &&
      sameGitHubName(signer.repo, want.repo) &&
      signer.path === want.path &&
      (want.ref === undefined || signer.ref === want.ref);
    if (!ok) {
      reasons.push(
        `signer workflow is ${show(san)}, expected https://${want.host}/${want.owner}/${want.repo}/${want.path}@${want.ref ?? '<any ref>'} (the path compares exactly)`,
      );
    }
  }
  if (policy.signerRepo !== undefined) {
    const want = parseGitHubPath('signer repository', policy.signerRepo, 2);
    const ok =
      signer !== undefined && sameGitHubName(`https://${signer.host}/${signer.owner}/${signer.repo}`, want);
    if (!ok) reasons.push(`signer workflow ${show(san)} is not a workflow of repository ${want}`);
  }
  if (policy.repository !== undefined) {
    const want = parseGitHubPath('repository', policy.repository, 2);
    if (!sameGitHubName(facts.sourceRepositoryURI, want)) {
      reasons.push(`source repository is ${show(facts.sourceRepositoryURI)}, expected ${want}`);
    }
  }
  if (policy.repositoryId !== undefined && facts.sourceRepositoryIdentifier !== policy.repositoryId) {
    reasons.push(
      `source repository id is ${show(facts.sourceRepositoryIdentifier)}, expected ${policy.repositoryId}`,
    );
  }
  if (policy.owner !== undefined) {
    const want = parseGitHubPath('owner', policy.owner, 1);
    if (!sameGitHubName(facts.sourceRepositoryOwnerURI, want)) {
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
  if (policy.sourceDigest !== undefined && !sameHex(digest, policy.sourceDigest)) {
    reasons.push(`source commit is ${show(digest)}, expected ${policy.sourceDigest}`);
  }
  if (policy.signerDigest !== undefined && !sameHex(facts.buildSignerDigest, policy.signerDigest)) {
    reasons.push(
      `signer workflow commit is ${show(facts.buildSignerDigest)}, expected ${policy.signerDigest}`,
    );
  }
  if (policy.denySelfHostedRunners && facts.runnerEnvironment !== 'github-hosted') {
    reasons.push(`runner environment is ${show(facts.runnerEnvironment)}; self-hosted runners are denied`);
  }
  return { ok: reasons.length === 0, reasons };
}

function sameHex(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

/**
 * The user's pattern, anchored. It is compiled on its own first: a pattern that is not complete by itself
 * (`)|(?:.*`) could close the anchoring group and match anything, so it is refused rather than wrapped.
 */
function anchored(source: string, names: OptionNames = CLI_NAMES): RegExp {
  try {
    new RegExp(source);
    return new RegExp(`^(?:${source})$`);
  } catch (e) {
    throw new AgentAttestError(
      'USAGE',
      `${names.of('certificateIdentityRegExp')} is not a complete regular expression on its own (${(e as Error).message}); fix the pattern (it is anchored for you as ^(?:PATTERN)$).`,
    );
  }
}

/** `[https://][host/]a/b…` with exactly `segments` name segments → `https://host/a/b`. */
function parseGitHubPath(option: string, value: string, segments: number): string {
  const parts = value
    .trim()
    .replace(/^https:\/\//, '')
    .replace(/\/+$/, '')
    .split('/');
  // GitHub owner names cannot contain a dot; a first segment with one is a host.
  const host = parts.length > segments && parts[0]!.includes('.') ? parts.shift()! : DEFAULT_HOST;
  if (parts.length !== segments || parts.some((p) => !/^[\w.-]+$/.test(p) || /^\.+$/.test(p))) {
    const shape = segments === 1 ? 'OWNER' : 'OWNER/REPO';
    throw new AgentAttestError(
      'USAGE',
      `${option} ${JSON.stringify(value)} is not [HOST/]${shape}; write e.g. ${segments === 1 ? 'octo-org' : 'octo-org/app'}.`,
    );
  }
  return `https://${host}/${parts.join('/')}`;
}

function parseWorkflow(
  value: string,
  names: OptionNames = CLI_NAMES,
): { host: string; owner: string; repo: string; path: string; ref?: string } {
  const text = value.trim().replace(/^https:\/\//, '');
  const at = text.indexOf('@');
  const path = at < 0 ? text : text.slice(0, at);
  const ref = at < 0 ? undefined : text.slice(at + 1);
  const m = /^(?:([^/]+\.[^/]+)\/)?([\w.-]+)\/([\w.-]+)\/(\.github\/workflows\/[^@\s]+\.ya?ml)$/.exec(path);
  if (!m || ref === '' || [m[2], m[3]].some((p) => /^\.+$/.test(p!))) {
    throw new AgentAttestError(
      'USAGE',
      `${names.of('signerWorkflow')} ${JSON.stringify(value)} is not [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]; ${names.verb} e.g. octo-org/app/.github/workflows/release.yml@refs/heads/main.`,
    );
  }
  return { host: m[1] ?? DEFAULT_HOST, owner: m[2]!, repo: m[3]!, path: m[4]!, ref };
}
