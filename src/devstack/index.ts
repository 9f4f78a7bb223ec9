/**
 * A local Sigstore-compatible instance on one 127.0.0.1 HTTP server: a Fulcio-compatible CA, a Rekor-compatible
 * log, an RFC 3161 TSA, an OIDC token endpoint speaking GitHub's ACTIONS_ID_TOKEN_REQUEST protocol, and a TUF
 * repository under /tuf publishing its trusted root the way Sigstore's instances do.
 * Keys are generated at start and live only in memory. See docs/devstack.md.
 */
import { generateKeyPairSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { initializeCTLog } from '@sigstore/mock/dist/fulcio/ctlog.js';
import { AgentAttestError } from '../core/errors.js';
import { makeDirectory } from '../core/files.js';
import { silentLogger, type Logger } from '../core/log.js';
import { defaultClaims } from './claims.js';
import { FaultQueue, type FailHow, type Service } from './faults.js';
import { createFulcio } from './fulcio.js';
import { HttpError, isObject, parseJson, readBody, sendBytes, sendError, sendJson } from './http.js';
import { createOidcIssuer, TOKEN_ALG, type TokenOptions } from './oidc.js';
import { createRekorLog, ENTRIES_PATH } from './rekor.js';
import { buildSigningConfig, buildTrustedRoot } from './trust.js';
import { createTsa } from './tsa.js';
import { TufRepository } from './tuf.js';

export { defaultClaims, extensionsFromClaims, GITHUB_ISSUER } from './claims.js';
export { SERVICES, type FailHow, type Service } from './faults.js';

export type DevstackProfile = 'public-good' | 'github';
export const PROFILES: readonly DevstackProfile[] = ['public-good', 'github'];

export interface DevstackOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Merged over the default GitHub-shaped claims of every token the stack issues. Setting `repository`, `ref`
   * or `sha` also moves the claims derived from them (sub, owner, workflow refs) unless those are set too.
   */
  claims?: Record<string, unknown>;
  /** 'public-good' = Fulcio + CT + Rekor + TSA (default); 'github' = Fulcio + TSA only, like GitHub's instance. */
  profile?: DevstackProfile;
  logger?: Logger;
}

export interface Devstack {
  /** http://127.0.0.1:PORT */
  url: string;
  profile: DevstackProfile;
  urls: { fulcio: string; rekor?: string; tsa: string; oidc: string };
  /** protobuf-specs TrustedRoot JSON. */
  trustedRoot: object;
  /** The TUF repository serving `trusted_root.json` (`verify --tuf-url`), and its first root (`--tuf-root`). */
  tuf: { url: string; root: Buffer; repository: TufRepository };
  /** SigningConfig v0.2 JSON. */
  signingConfig: object;
  /** The default claims merged with the stack's `claims` option: what a token carries unless overridden. */
  claims: Record<string, unknown>;
  /** What a GitHub job reads from ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  idTokenRequestUrl: string;
  idTokenRequestToken: string;
  issueToken(opts?: TokenOptions): Promise<string>;
  /** The next `count` requests to `service` fail (default status 503), reset the connection, or are delayed. */
  failNext(service: Service, count: number, how?: FailHow): void;
  writeFiles(
    dir: string,
  ): Promise<{ trustedRootPath: string; signingConfigPath: string; tufRootPath: string }>;
  close(): Promise<void>;
}

export const TRUSTED_ROOT_FILE = 'trusted_root.json';
export const SIGNING_CONFIG_FILE = 'signing_config.json';
/** The devstack TUF repository's first root.json: what a TUF client starts from. */
export const TUF_ROOT_FILE = 'tuf_root.json';
const TUF_PATH = '/tuf/';
const TOKEN_PATH = '/_apis/idtoken';
const ADMIN_FAIL_PATH = '/__devstack/fail';

export async function startDevstack(opts: DevstackOptions = {}): Promise<Devstack> {
  const profile = opts.profile ?? 'public-good';
  if (!PROFILES.includes(profile)) {
    throw new AgentAttestError(
      'USAGE',
      `devstack profile must be one of ${PROFILES.join(', ')}, not '${String(profile)}'.`,
    );
  }
  const logger = opts.logger ?? silentLogger;
  const claimsFor = (overrides: Record<string, unknown> = {}) =>
    defaultClaims({ ...opts.claims, ...overrides });
  const claims = claimsFor();
  if (typeof claims['iss'] !== 'string' || !claims['iss']) {
    throw new AgentAttestError('INPUT_INVALID', 'devstack claims: iss must be a non-empty string.');
  }

  // Listen first: the log's checkpoints name the host:port. Until the services exist, requests get 503.
  const server = createServer();
  let route: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) =>
    sendError(res, 503, 'devstack is starting');
  server.on('request', (req, res) => void route(req, res));
  const port = await listen(server, opts.port ?? 0);
  const url = `http://127.0.0.1:${port}`;

  try {
    const ecKey = (namedCurve: string) => generateKeyPairSync('ec', { namedCurve });
    const publicGood = profile === 'public-good';
    const [oidc, ctLog, tsa] = await Promise.all([
      createOidcIssuer(claimsFor),
      publicGood ? initializeCTLog(ecKey('P-256')) : undefined,
      createTsa(ecKey('P-384')),
    ]);
    const fulcio = await createFulcio(ecKey('P-384'), oidc, ctLog);
    const rekor = publicGood ? createRekorLog(url, ecKey('P-256')) : undefined;
    const faults = new FaultQueue();
    // Injected delays end when the stack closes, so a long one cannot hold the process open.
    const stopping = new AbortController();
    const requestToken = randomBytes(24).toString('base64url');
    const tsaUrl = `${url}/api/v1/timestamp`;
    const validFrom = new Date(Date.now() - 60_000);

    const trustedRoot = buildTrustedRoot({
      url,
      tsaUrl,
      validFrom,
      fulcioRoot: fulcio.rootCertificate,
      tsaChain: tsa.certChain,
      rekor,
      ctlog: ctLog && {
        publicKeyDer: ctLog.publicKey,
        logId: Buffer.from(ctLog.logID.buffer, ctLog.logID.byteOffset, ctLog.logID.byteLength),
      },
    });
    const signingConfig = buildSigningConfig({ url, tsaUrl, validFrom, rekor: publicGood });
    const tuf = new TufRepository({ targets: { [TRUSTED_ROOT_FILE]: JSON.stringify(trustedRoot) } });

    const discovery = {
      issuer: oidc.issuer,
      jwks_uri: `${url}/.well-known/jwks`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      id_token_signing_alg_values_supported: [TOKEN_ALG],
      scopes_supported: ['openid'],
      claims_supported: [
        'sub',
        'aud',
        'exp',
        'iat',
        'iss',
        'jti',
        'nbf',
        ...Object.keys(claims).filter((k) => k !== 'iss' && k !== 'sub'),
      ],
    };

    const bearerMatches = (header: string | undefined): boolean => {
      const m = /^bearer\s+(\S+)\s*$/i.exec(header ?? '');
      if (!m) return false;
      const given = Buffer.from(m[1]!);
      const expected = Buffer.from(requestToken);
      return given.length === expected.length && timingSafeEqual(given, expected);
    };

    const handle = async (
      req: IncomingMessage,
      res: ServerResponse,
      path: string,
      query: URLSearchParams,
      body: Buffer,
    ) => {
      const method = req.method ?? 'GET';
      const is = (m: string, p: string) => method === m && path === p;

      // --- admin ---
      if (is('POST', ADMIN_FAIL_PATH)) {
        const cmd = parseJson(body);
        if (!isObject(cmd)) throw new HttpError(400, 'expected {service, count, status?, reset?, delayMs?}');
        try {
          faults.add(String(cmd['service']), Number(cmd['count']), {
            status: cmd['status'] === undefined ? undefined : Number(cmd['status']),
            reset: cmd['reset'] === true,
            delayMs: cmd['delayMs'] === undefined ? undefined : Number(cmd['delayMs']),
          });
        } catch (e) {
          throw new HttpError(400, (e as Error).message);
        }
        return sendJson(res, 200, { ok: true });
      }
      if (is('GET', `/__devstack/${TRUSTED_ROOT_FILE}`)) return sendJson(res, 200, trustedRoot);

      // --- TUF (consistent snapshots: N.root.json, timestamp.json, N.snapshot.json, N.targets.json, targets/) ---
      if (method === 'GET' && path.startsWith(TUF_PATH)) {
        const file = path.slice(TUF_PATH.length);
        // A stack that runs for days keeps serving a valid timestamp.
        if (file === 'timestamp.json') tuf.keepTimestampFresh();
        const bytes = tuf.get(file);
        if (!bytes) throw new HttpError(404, `no ${file} in the devstack's TUF repository`);
        return sendBytes(res, 200, bytes, 'application/json');
      }
      if (is('GET', `/__devstack/${SIGNING_CONFIG_FILE}`)) return sendJson(res, 200, signingConfig);

      // --- Fulcio ---
      if (is('POST', '/api/v2/signingCert'))
        return sendJson(res, 201, await fulcio.signingCert(parseJson(body)));
      if (is('GET', '/api/v2/trustBundle')) return sendJson(res, 200, fulcio.trustBundle());

      // --- TSA ---
      if (is('POST', '/api/v1/timestamp'))
        return sendBytes(res, 201, await tsa.timestamp(body), 'application/timestamp-reply');
      if (is('GET', '/api/v1/timestamp/certchain'))
        return sendBytes(res, 200, Buffer.from(tsa.certChainPem()), 'application/pem-certificate-chain');

      // --- OIDC ---
      if (is('GET', TOKEN_PATH)) {
        if (!bearerMatches(req.headers.authorization)) {
          throw new HttpError(
            401,
            'missing or wrong bearer token: send Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN',
          );
        }
        const audience =
          query.get('audience') || `https://github.com/${String(claims['repository_owner'] ?? '')}`;
        return sendJson(res, 200, { count: 1, value: await oidc.issueToken({ audience }) });
      }
      if (is('GET', '/.well-known/openid-configuration')) return sendJson(res, 200, discovery);
      if (is('GET', '/.well-known/jwks')) return sendJson(res, 200, oidc.jwks);

      // --- Rekor ---
      if (rekor && path.startsWith(ENTRIES_PATH)) {
        if (is('POST', ENTRIES_PATH)) {
          const { uuid, response } = rekor.createEntry(parseJson(body));
          return sendJson(res, 201, response, { location: `${ENTRIES_PATH}/${uuid}`, etag: uuid });
        }
        if (is('GET', ENTRIES_PATH)) {
          const entry = rekor.getEntryByIndex(Number(query.get('logIndex') ?? NaN));
          if (!entry) throw new HttpError(404, 'no entry at that logIndex');
          return sendJson(res, 200, entry);
        }
        const uuid = path.slice(ENTRIES_PATH.length + 1);
        if (method === 'GET' && /^[0-9a-fA-F]{64}([0-9a-fA-F]{16})?$/.test(uuid)) {
          const entry = rekor.getEntry(uuid);
          if (!entry) throw new HttpError(404, `no entry with UUID ${uuid}`);
          return sendJson(res, 200, entry);
        }
      }
      if (rekor && is('GET', '/api/v1/log')) return sendJson(res, 200, rekor.logInfo());
      if (rekor && is('GET', '/api/v1/log/publicKey')) {
        return sendBytes(res, 200, Buffer.from(rekor.publicKeyPem), 'application/x-pem-file');
      }

      throw new HttpError(404, `no ${method} ${path} on the devstack (${profile} profile)`);
    };

    route = async (req, res) => {
      const { pathname: path, searchParams: query } = new URL(req.url ?? '/', url);
      let status = 0;
      res.on('finish', () => (status = res.statusCode));
      try {
        const body = await readBody(req);
        const service = serviceOf(path);
        const fault = service && faults.take(service);
        if (fault) {
          if (fault.delayMs > 0)
            await sleep(fault.delayMs, undefined, { signal: stopping.signal }).catch(() => {});
          if (stopping.signal.aborted) return;
          if (fault.kind === 'reset') {
            logger.debug(`devstack: ${req.method} ${path} -> connection reset (injected)`);
            req.socket.destroy();
            return;
          }
          if (fault.kind === 'status') {
            return sendError(res, fault.status, `devstack: injected ${service} failure`);
          }
        }
        await handle(req, res, path, query, body);
      } catch (e) {
        if (e instanceof HttpError) {
          sendError(res, e.status, e.message, e.headers);
        } else {
          logger.warn(`devstack: ${req.method} ${path} failed: ${(e as Error)?.message ?? String(e)}`);
          if (!res.headersSent) sendError(res, 500, 'devstack internal error');
        }
      } finally {
        logger.debug(`devstack: ${req.method} ${path} -> ${status || res.statusCode}`);
      }
    };

    const idTokenRequestUrl = `${url}${TOKEN_PATH}?api-version=2.0`;
    let closed: Promise<void> | undefined;
    return {
      url,
      profile,
      urls: { fulcio: url, ...(rekor ? { rekor: url } : {}), tsa: tsaUrl, oidc: url },
      trustedRoot,
      tuf: { url: `${url}/tuf`, root: tuf.anchor(), repository: tuf },
      signingConfig,
      claims,
      idTokenRequestUrl,
      idTokenRequestToken: requestToken,
      issueToken: (o) => oidc.issueToken(o),
      failNext: (service, count, how) => faults.add(service, count, how),
      async writeFiles(dir) {
        await makeDirectory(dir);
        const trustedRootPath = join(dir, TRUSTED_ROOT_FILE);
        const signingConfigPath = join(dir, SIGNING_CONFIG_FILE);
        const tufRootPath = join(dir, TUF_ROOT_FILE);
        await writeFile(trustedRootPath, JSON.stringify(trustedRoot, null, 2) + '\n');
        await writeFile(signingConfigPath, JSON.stringify(signingConfig, null, 2) + '\n');
        await writeFile(tufRootPath, tuf.anchor());
        return { trustedRootPath, signingConfigPath, tufRootPath };
      },
      close: () => {
        stopping.abort();
        return (closed ??= closeServer(server));
      },
    };
  } catch (e) {
    await closeServer(server);
    throw e;
  }
}

function serviceOf(path: string): Service | undefined {
  if (path.startsWith('/api/v2/')) return 'fulcio';
  if (path.startsWith('/api/v1/timestamp')) return 'tsa';
  if (path.startsWith('/api/v1/log')) return 'rekor';
  if (path === TOKEN_PATH || path.startsWith('/.well-known/')) return 'oidc';
  if (path.startsWith(TUF_PATH)) return 'tuf';
  return undefined;
}

function listen(server: Server, port: number): Promise<number> {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return Promise.reject(
      new AgentAttestError('USAGE', `devstack port must be an integer from 0 to 65535, not ${port}.`),
    );
  }
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new AgentAttestError(
              'USAGE',
              `devstack port ${port} is in use; pick another with --port or use --port 0.`,
            )
          : e,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Clients keep connections alive; without this, close() waits for them.
    server.closeAllConnections();
  });
}
