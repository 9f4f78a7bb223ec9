/**
 * Registry credentials the way CI leaves them: `docker login` and `docker/login-action` write
 * `$DOCKER_CONFIG/config.json` (default `~/.docker/config.json`) with inline `auths`, or name a credential
 * helper (`credHelpers` per registry, `credsStore` for all) that holds them.
 *
 * A credential helper is a program, `docker-credential-<name>`, found on PATH. Running it runs a program the
 * *machine's* Docker configuration names (the runner's, or the one docker/login-action wrote) — never one
 * from the repository being attested — and it is exactly what `docker pull` does with the same file.
 *
 * Secrets stay in memory: they are never logged, never put in an error message, never written.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError, messageOf } from '../errors.js';
import { DOCKER_HUB_API_HOST } from './reference.js';

export type RegistryCredentials =
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token (`identitytoken`, or a helper's `<token>` user): exchanged at the token realm. */
  | { kind: 'identity-token'; token: string }
  /** A bearer token for the registry itself (`registrytoken`). */
  | { kind: 'registry-token'; token: string };

/** Finds the credentials for a registry host; undefined when there are none (anonymous access). */
export type CredentialSource = (registry: string) => Promise<RegistryCredentials | undefined>;

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

const DOCKER_HUB_NAMES = new Set(['docker.io', 'index.docker.io', DOCKER_HUB_API_HOST]);
/** The key `docker login` uses for Docker Hub, also what helpers are asked for. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** `https://ghcr.io/v2/` → `ghcr.io`; every Docker Hub spelling → `docker.io`. */
function canonicalHost(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]!
    .toLowerCase();
  return DOCKER_HUB_NAMES.has(host) ? 'docker.io' : host;
}

function credentialError(message: string): AgentAttestError {
  return new AgentAttestError('REGISTRY', message);
}

/**
 * Reads `<configDir>/config.json` once and answers per registry. A missing file means no credentials; a file
 * that is not JSON is an error naming it (a typo would otherwise look like "access denied").
 */
export function dockerConfigCredentials(
  configDir: string,
  opts: { runHelper?: HelperRunner } = {},
): CredentialSource {
  const file = path.join(configDir, 'config.json');
  let config: Promise<DockerConfig> | undefined;
  const runHelper = opts.runHelper ?? runCredentialHelper;
  return async (registry) => {
    const cfg = await (config ??= readDockerConfig(file));
    const host = canonicalHost(registry);
    const helper = Object.entries(cfg.credHelpers ?? {}).find(([k]) => canonicalHost(k) === host)?.[1];
    const store = helper ?? cfg.credsStore;
    if (store) {
      const fromHelper = await runHelper(store, host === 'docker.io' ? DOCKER_HUB_KEY : host);
      if (fromHelper) return fromHelper;
      if (helper) return undefined; // a per-registry helper is authoritative, as in docker
    }
    const entry = Object.entries(cfg.auths ?? {}).find(([k]) => canonicalHost(k) === host)?.[1];
    return entry ? fromAuthEntry(entry, file, registry) : undefined;
  };
}

async function readDockerConfig(file: string): Promise<DockerConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw credentialError(`cannot read the Docker config ${file}: ${(e as NodeJS.ErrnoException).code}`);
  }
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not an object');
    return doc as DockerConfig;
  } catch (e) {
    throw credentialError(
      `the Docker config ${file} is not valid JSON (${messageOf(e)}); fix it or run docker login again`,
    );
  }
}

function fromAuthEntry(entry: AuthEntry, file: string, registry: string): RegistryCredentials | undefined {
  if (entry.registrytoken) return { kind: 'registry-token', token: entry.registrytoken };
  if (entry.identitytoken) return { kind: 'identity-token', token: entry.identitytoken };
  if (entry.username !== undefined && entry.password !== undefined)
    return { kind: 'basic', username: entry.username, password: entry.password };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
      throw credentialError(
        `the Docker config ${file} has an 'auth' for ${registry} that is not base64 of user:password; run docker login ${registry} again`,
      );
    return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return undefined; // `{}`: the credentials live in credsStore
}

export type HelperRunner = (helper: string, serverUrl: string) => Promise<RegistryCredentials | undefined>;

/**
 * `docker-credential-<helper> get` with the server URL on stdin; `{"Username","Secret"}` on stdout. A helper
 * that has nothing for the registry says "credentials not found" and exits non-zero: no credentials.
 */
export const runCredentialHelper: HelperRunner = (helper, serverUrl) => {
  if (!HELPER_NAME.test(helper))
    return Promise.reject(
      credentialError(`the Docker config names credential helper '${helper}', which is not a helper name`),
    );
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      ['get'],
      { timeout: 30_000, maxBuffer: 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const text = `${stdout}\n${stderr}`;
          if (/credentials not found/i.test(text)) return resolve(undefined);
          const why =
            (error as NodeJS.ErrnoException).code === 'ENOENT'
              ? 'it is not on PATH'
              : error.killed
                ? 'it did not answer within 30 s'
                : `it exited with ${error.code ?? 'a signal'}`;
          return reject(
            credentialError(
              `the Docker credential helper ${program} (named in the Docker config) failed for ${serverUrl}: ${why}; run docker login ${serverUrl} or fix the helper`,
            ),
          );
        }
        let answer: { Username?: unknown; Secret?: unknown };
        try {
          answer = JSON.parse(stdout) as typeof answer;
        } catch {
          return reject(
            credentialError(`the Docker credential helper ${program} answered something that is not JSON`),
          );
        }
        const username = typeof answer.Username === 'string' ? answer.Username : '';
        const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
        if (secret === '') return resolve(undefined);
        resolve(
          username === '<token>'
            ? { kind: 'identity-token', token: secret }
            : { kind: 'basic', username, password: secret },
        );
      },
    );
    child.stdin?.end(serverUrl);
  });
};
