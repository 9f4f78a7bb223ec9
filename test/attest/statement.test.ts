import { describe, expect, it } from 'vitest';
import { AgentAttestError } from '../../src/core/errors.js';
import { githubClaims } from '../../src/core/oidc/index.js';
import {
  buildStatement,
  LOCAL_BUILDER_ID,
  MAX_STATEMENT_BYTES,
  serializeStatement,
} from '../../src/core/statement/build.js';
import { EXTENSION_KEY, LOCAL_BUILD_TYPE } from '../../src/core/statement/types.js';

// The claims of a real GitHub Actions token (values as GitHub sends them: ids are strings).
const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sigstore',
  sub: 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.0',
  ref: 'refs/tags/v1.2.0',
  sha: 'a3b1c2d4e5f60718293a4b5c6d7e8f9012345678',
  repository: 'octo-org/octo-repo',
  repository_id: '123456789',
  repository_owner: 'octo-org',
  repository_owner_id: '987654321',
  repository_visibility: 'private',
  event_name: 'push',
  workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.0',
  job_workflow_ref: 'octo-org/shared/.github/workflows/build.yml@refs/heads/main',
  runner_environment: 'github-hosted',
  run_id: '4242424242',
  run_attempt: '2',
};

const subjects = [{ name: 'dist/app.tgz', digest: { sha256: 'ab'.repeat(32) } }];

describe('buildStatement in GitHub Actions', () => {
  it('writes exactly the provenance GitHub’s attest action writes, from the claims', () => {
    const claims = githubClaims(CLAIMS)!;
    const statement = buildStatement({
      subjects,
      context: { kind: 'github', claims, serverUrl: 'https://github.com' },
    });
    // The shape of @actions/attest's buildSLSAProvenancePredicate (lib/provenance.js), field for field and in order.
    expect(JSON.stringify(statement)).toBe(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: subjects,
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {
          buildDefinition: {
            buildType: 'https://actions.github.io/buildtypes/workflow/v1',
            externalParameters: {
              workflow: {
                ref: 'refs/tags/v1.2.0',
                repository: 'https://github.com/octo-org/octo-repo',
                path: '.github/workflows/release.yml',
              },
            },
            internalParameters: {
              github: {
                event_name: 'push',
                repository_id: '123456789',
                repository_owner_id: '987654321',
                runner_environment: 'github-hosted',
              },
            },
            resolvedDependencies: [
              {
                uri: 'git+https://github.com/octo-org/octo-repo@refs/tags/v1.2.0',
                digest: { gitCommit: CLAIMS.sha },
              },
            ],
          },
          runDetails: {
            builder: { id: 'https://github.com/octo-org/shared/.github/workflows/build.yml@refs/heads/main' },
            metadata: {
              invocationId: 'https://github.com/octo-org/octo-repo/actions/runs/4242424242/attempts/2',
            },
          },
        },
      }),
    );
  });

  it('appends the facts after resolvedDependencies[0] and puts the extension under its key', () => {
    const claims = githubClaims(CLAIMS)!;
    const dep = {
      uri: `git+https://github.com/octo-org/octo-repo@${'c'.repeat(40)}`,
      digest: { gitCommit: 'c'.repeat(40) },
      annotations: { agent: 'claude-code' },
    };
    const statement = buildStatement({
      subjects,
      context: { kind: 'github', claims, serverUrl: 'https://octo.ghe.com' },
      dependencies: [dep],
      extension: { range: { base: 'v1.1.0' } },
    });
    const deps = statement.predicate.buildDefinition.resolvedDependencies!;
    expect(deps).toHaveLength(2);
    expect(deps[0]!.uri).toBe('git+https://octo.ghe.com/octo-org/octo-repo@refs/tags/v1.2.0');
    expect(deps[1]).toEqual(dep);
    expect(statement.predicate[EXTENSION_KEY]).toEqual({ range: { base: 'v1.1.0' } });
    expect(Object.keys(statement.predicate)).toEqual(['buildDefinition', 'runDetails', EXTENSION_KEY]);
  });

  it('treats any issuer with GitHub-shaped claims as GitHub, normalising numeric ids to strings', () => {
    const claims = githubClaims({
      ...CLAIMS,
      iss: 'http://127.0.0.1:9/devstack',
      repository_id: 123456789,
      exp: 1,
    })!;
    expect(claims.repository_id).toBe('123456789');
    expect(claims.exp).toBe(1);
  });

  it('refuses a GitHub token that lacks the claims, and treats other tokens as local', () => {
    const { job_workflow_ref: _dropped, ...partial } = CLAIMS;
    expect(() => githubClaims(partial)).toThrow(/lacks the claims job_workflow_ref/);
    expect(
      githubClaims({ iss: 'https://accounts.google.com', sub: '1', email: 'dev@example.com' }),
    ).toBeUndefined();
  });
});

describe('buildStatement elsewhere', () => {
  it('uses our buildType with what the machine can vouch for', () => {
    const statement = buildStatement({
      subjects,
      context: {
        kind: 'local',
        source: {
          repository: 'https://example.com/octo/repo.git',
          ref: 'refs/heads/main',
          commit: 'd'.repeat(40),
        },
        toolVersion: '0.1.0',
        startedOn: '2026-11-21T10:00:00.000Z',
      },
    });
    expect(statement.predicate).toEqual({
      buildDefinition: {
        buildType: LOCAL_BUILD_TYPE,
        externalParameters: {
          source: {
            repository: 'https://example.com/octo/repo.git',
            ref: 'refs/heads/main',
            commit: 'd'.repeat(40),
          },
        },
        resolvedDependencies: [
          {
            uri: 'git+https://example.com/octo/repo.git@refs/heads/main',
            digest: { gitCommit: 'd'.repeat(40) },
          },
        ],
      },
      runDetails: {
        builder: { id: LOCAL_BUILDER_ID, version: { 'agent-attest': '0.1.0' } },
        metadata: { startedOn: '2026-11-21T10:00:00.000Z' },
      },
    });
  });

  it('leaves out what it does not know', () => {
    const statement = buildStatement({
      subjects,
      context: { kind: 'local', source: {}, toolVersion: '0.1.0' },
    });
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([]);
    expect(statement.predicate.buildDefinition.externalParameters).toEqual({ source: {} });
  });
});

describe('the 16 MiB guard', () => {
  it('serializes a statement of normal size to the exact signed bytes', () => {
    const statement = buildStatement({
      subjects,
      context: { kind: 'local', source: {}, toolVersion: '0.1.0' },
    });
    expect(serializeStatement(statement).toString()).toBe(JSON.stringify(statement));
  });

  it('refuses a statement a facts hook made larger than 16 MiB, saying so', () => {
    const statement = buildStatement({
      subjects,
      context: { kind: 'local', source: {}, toolVersion: '0.1.0' },
      extension: { blob: 'x'.repeat(MAX_STATEMENT_BYTES) },
    });
    let error: unknown;
    try {
      serializeStatement(statement);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AgentAttestError);
    expect((error as AgentAttestError).message).toMatch(
      /^the statement is 16\.0 MiB, above the 16 MiB limit \(0 resolvedDependencies, extension 16\.0 MiB\)/,
    );
  });
});
