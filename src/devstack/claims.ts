/**
 * The GitHub Actions OIDC claims the devstack puts in its tokens, and how Fulcio turns such claims into a
 * certificate: the subject alternative name and the Fulcio extensions (OID 1.3.6.1.4.1.57264.1.N).
 */

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
export const SIGSTORE_AUDIENCE = 'sigstore';
const GITHUB_SERVER = 'https://github.com';

/**
 * Claims shaped like a token a `push` run of `.github/workflows/release.yml` on `main` of octo-org/octo-repo
 * gets. The claims that name the repository, ref and commit are derived from `overrides` when it sets
 * `repository`, `ref` or `sha`, so that overriding one of them still gives a consistent token. The overrides
 * are merged over the result (an explicit claim always wins; `undefined` removes one).
 */
export function defaultClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const given = (name: string, fallback: string) => {
    const v = overrides[name];
    return typeof v === 'string' && v ? v : fallback;
  };
  const repository = given('repository', 'octo-org/octo-repo');
  const ref = given('ref', 'refs/heads/main');
  const sha = given('sha', 'a3b1c2d4e5f60718293a4b5c6d7e8f9012345678');
  const workflowRef = `${repository}/.github/workflows/release.yml@${ref}`;
  const merged: Record<string, unknown> = {
    iss: GITHUB_ISSUER,
    sub: `repo:${repository}:ref:${ref}`,
    repository,
    repository_id: '123456789',
    repository_owner: repository.split('/')[0],
    repository_owner_id: '987654321',
    repository_visibility: 'public',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha,
    workflow: 'release',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha,
    event_name: 'push',
    run_id: '4242424242',
    run_number: '17',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    actor: 'octocat',
    actor_id: '583231',
    ...overrides,
  };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  return merged;
}

/** One certificate extension: `legacy` ones (1.1–1.6) hold the raw string, the others a DER UTF8String. */
export interface ClaimExtension {
  oid: string;
  value: string;
  legacy?: boolean;
}

const OID = (n: number) => `1.3.6.1.4.1.57264.1.${n}`;

/** Fulcio's GitHub mapping: [OID number, claim or derived value, legacy]. Absent claims give no extension. */
export function extensionsFromClaims(claims: Record<string, unknown>): ClaimExtension[] {
  const str = (name: string): string | undefined => {
    const v = claims[name];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  const url = (name: string) => (str(name) === undefined ? undefined : `${GITHUB_SERVER}/${str(name)}`);
  const runUri =
    str('repository') && str('run_id') && str('run_attempt')
      ? `${GITHUB_SERVER}/${str('repository')}/actions/runs/${str('run_id')}/attempts/${str('run_attempt')}`
      : undefined;
  const isGitHub = str('job_workflow_ref') !== undefined;

  const table: [number, string | undefined, boolean][] = isGitHub
    ? [
        [1, str('iss'), true],
        [2, str('event_name'), true],
        [3, str('sha'), true],
        [4, str('workflow'), true],
        [5, str('repository'), true],
        [6, str('ref'), true],
        [8, str('iss'), false],
        [9, url('job_workflow_ref'), false],
        [10, str('job_workflow_sha'), false],
        [11, str('runner_environment'), false],
        [12, url('repository'), false],
        [13, str('sha'), false],
        [14, str('ref'), false],
        [15, str('repository_id'), false],
        [16, url('repository_owner'), false],
        [17, str('repository_owner_id'), false],
        [18, url('workflow_ref'), false],
        [19, str('workflow_sha'), false],
        [20, str('event_name'), false],
        [21, runUri, false],
        [22, str('repository_visibility'), false],
      ]
    : [
        // An email identity carries only the issuer.
        [1, str('iss'), true],
        [8, str('iss'), false],
      ];
  return table
    .filter((row): row is [number, string, boolean] => row[1] !== undefined)
    .map(([n, value, legacy]) => (legacy ? { oid: OID(n), value, legacy } : { oid: OID(n), value }));
}

export type SubjectAltName = { type: 'uri' | 'email'; value: string };

/**
 * The identity Fulcio certifies: the workflow that ran (`job_workflow_ref`) for GitHub tokens, the email for
 * email tokens. Undefined when the token has neither.
 */
export function subjectAltNameFromClaims(claims: Record<string, unknown>): SubjectAltName | undefined {
  const jobWorkflowRef = claims['job_workflow_ref'];
  if (typeof jobWorkflowRef === 'string' && jobWorkflowRef) {
    return { type: 'uri', value: `${GITHUB_SERVER}/${jobWorkflowRef}` };
  }
  const email = claims['email'];
  if (typeof email === 'string' && email) return { type: 'email', value: email };
  return undefined;
}

/** The string the client signs as proof of possession (what sigstore-js signs): `email`, else `sub`. */
export function proofSubject(claims: Record<string, unknown>): string | undefined {
  const email = claims['email'];
  if (typeof email === 'string' && email) return email;
  const sub = claims['sub'];
  return typeof sub === 'string' && sub ? sub : undefined;
}
