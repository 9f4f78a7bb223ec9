/**
 * High-risk paths: which agent commits touched authentication, cryptography, security, database
 * migrations, CI workflows, container files or infrastructure code. Globs (picomatch, case-insensitive),
 * configurable per category.
 */
import picomatch from 'picomatch';
import type { RiskPathHit } from './types.js';

export type RiskPathConfig = Readonly<Record<string, readonly string[]>>;

/** A name, as a directory anywhere or as a file name's first word (`auth.ts`, `auth_test.go`, `auth-service/`). */
const named = (names: string): string[] => [`**/{${names}}/**`, `**/{${names}}`, `**/{${names}}[._-]*`];

export const DEFAULT_RISK_PATHS: RiskPathConfig = Object.freeze({
  auth: named(
    'auth,authn,authz,authentication,authorization,oauth,oauth2,oidc,saml,sso,login,logout,session,sessions,password,passwords,credential,credentials,permission,permissions,rbac,acl,jwt',
  ),
  crypto: named(
    'crypto,cryptography,cipher,ciphers,encryption,encrypt,decrypt,kms,tls,ssl,certs,certificates,signing,signature,secrets,secret,keystore',
  ),
  security: [
    ...named('security,sanitize,sanitizer,csrf,xss,firewall,sandbox'),
    '**/SECURITY.md',
    '**/CODEOWNERS',
  ],
  migrations: [
    ...named('migrations,migration,migrate,alembic,flyway,liquibase'),
    '**/db/migrate/**',
    '**/*.migration.*',
  ],
  ci: [
    '.github/workflows/**',
    '.github/actions/**',
    '**/action.{yml,yaml}',
    '.gitlab-ci.yml',
    '.gitlab/**',
    '.circleci/**',
    '.buildkite/**',
    '**/Jenkinsfile',
    '**/azure-pipelines.yml',
    '.travis.yml',
  ],
  containers: [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/docker-compose*.{yml,yaml}',
    '**/compose.{yml,yaml}',
  ],
  infrastructure: [
    '**/*.{tf,tfvars,hcl,bicep}',
    '**/{terraform,k8s,kubernetes,helm,charts,ansible,pulumi,cdk,infra,infrastructure,cloudformation,deploy,deployment}/**',
    '**/serverless.{yml,yaml}',
    '**/kustomization.{yml,yaml}',
  ],
});

export type RiskMatcher = (path: string) => string[];

export function compileRiskPaths(config: RiskPathConfig = DEFAULT_RISK_PATHS): RiskMatcher {
  // Compiled on the first path asked about: only agent commits' paths are, and most ranges have none.
  let compiled: (readonly [string, picomatch.Matcher])[] | undefined;
  const compile = () =>
    Object.entries(config).map(
      ([category, globs]) => [category, picomatch([...globs], { dot: true, nocase: true })] as const,
    );
  // Releases touch the same paths again and again: remember answers (bounded).
  const cache = new Map<string, string[]>();
  return (path) => {
    let hit = cache.get(path);
    if (hit === undefined) {
      hit = (compiled ??= compile()).filter(([, match]) => match(path)).map(([category]) => category);
      if (cache.size >= 50_000) cache.clear();
      cache.set(path, hit);
    }
    return hit;
  };
}

/** Per-commit cap: the statement must stay small for any range (docs/attribution.md). */
export const MAX_RISK_PATHS_PER_COMMIT = 16;

export function riskHits(
  paths: Iterable<string>,
  match: RiskMatcher,
): { hits: RiskPathHit[]; omitted: number } {
  const hits: RiskPathHit[] = [];
  let omitted = 0;
  for (const path of paths) {
    const categories = match(path);
    if (categories.length === 0) continue;
    if (hits.length < MAX_RISK_PATHS_PER_COMMIT) hits.push({ path, categories });
    else omitted++;
  }
  return { hits, omitted };
}
