/**
 * A real container registry for tests: Debian's `docker-registry` (the CNCF distribution registry 2.8),
 * started on 127.0.0.1 with a generated config, and stopped afterwards.
 *
 *   - `htpasswd`: Basic auth (bcrypt entry written with bcryptjs — no apache2-utils needed);
 *   - `token`: Bearer token auth; the registry verifies real ES256 JWTs issued by a small token service
 *     started here (a stand-in for the auth service of Docker Hub or GHCR, which cannot run here);
 *   - `none`: anonymous.
 *
 * Distribution 2.8 has no referrers API (`/v2/<name>/referrers/<digest>` is 404), so pushes there exercise
 * the referrers tag schema. No registry that implements the OCI 1.1 referrers API is packaged in Debian or
 * on the npm registry (zot and distribution v3 are not), so `startReferrersFront` puts a small proxy in
 * front of the real registry: every request goes to it unchanged, and the proxy adds only what OCI 1.1
 * adds — the `OCI-Subject` header on a manifest push with a subject and the referrers endpoint, answered
 * from the manifests it saw pushed. It is a stated stand-in for the API, beside the real storage.
 *
 * `.ci/run` starts one htpasswd registry with `node test/support/registry.ts start` and stops it at the end;
 * tests use it when it answers (see `sharedRegistry`), else start their own. Only node builtins and
 * bcryptjs are imported here, so Node runs this file directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, createHash, createSign } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import bcrypt from 'bcryptjs';

export interface TestRegistry {
  /** `127.0.0.1:PORT`. */
  host: string;
  auth: 'htpasswd' | 'token' | 'none';
  username: string;
  password: string;
  /** A DOCKER_CONFIG directory whose config.json holds these credentials (inline `auths`; bcrypt cost 4:
   * the registry checks the hash on every request). */
  dockerConfigDir: string;
  /** A DOCKER_CONFIG directory with no credentials. */
  emptyDockerConfigDir: string;
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SHARED_STATE = path.join(ROOT, '.cache', 'registry', 'state.json');

/** The registry program: Debian names it docker-registry, upstream registry. Undefined when absent. */
export function registryBinary(): string | undefined {
  const names = ['docker-registry', 'registry'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // next
      }
    }
  }
  return undefined;
}

export const REGISTRY_MISSING =
  'docker-registry is not installed: `.ci/run` installs it (apt-get install docker-registry); registry tests skipped';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}): ${log()}`);
    try {
      const res = await fetch(url);
      await res.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`docker-registry did not answer at ${url}: ${log()}`);
}

async function dockerConfig(dir: string, auths: Record<string, unknown>): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'config.json'), JSON.stringify({ auths }, null, 2));
  return dir;
}

/** Starts a registry; `detached` leaves it running after this process (the `.ci/run` case). */
export async function startRegistry(
  opts: {
    auth?: TestRegistry['auth'];
    /** Storage and config here (kept on close); default a temp dir removed on close. */
    dir?: string;
    detached?: boolean;
    /** Read-only maintenance mode: the registry refuses every write. */
    readonly?: boolean;
    /** Keep a password (restarting over the same storage). */
    password?: string;
  } = {},
): Promise<TestRegistry & { pid: number }> {
  const binary = registryBinary();
  if (!binary) throw new Error(REGISTRY_MISSING);
  const auth = opts.auth ?? 'htpasswd';
  const dir = opts.dir ?? (await mkdtemp(path.join(tmpdir(), 'agent-attest-registry-')));
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const username = 'ci-user';
  const password = opts.password ?? randomBytes(12).toString('hex');
  let authConfig = '';
  let tokenService: http.Server | undefined;
  if (auth === 'htpasswd') {
    await writeFile(path.join(dir, 'htpasswd'), `${username}:${bcrypt.hashSync(password, 4)}\n`);
    authConfig = `auth:\n  htpasswd:\n    realm: agent-attest-test\n    path: ${path.join(dir, 'htpasswd')}\n`;
  } else if (auth === 'token') {
    const token = await startTokenService(dir, username, password);
    tokenService = token.server;
    authConfig = `auth:\n  token:\n    realm: ${token.realm}\n    service: agent-attest-test\n    issuer: agent-attest-test-issuer\n    rootcertbundle: ${token.certPath}\n`;
  }
  const config = `version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${path.join(dir, 'data')}
  delete:
    enabled: true
${opts.readonly ? '  maintenance:\n    readonly:\n      enabled: true\n' : ''}http:
  addr: ${host}
${authConfig}`;
  await writeFile(path.join(dir, 'config.yml'), config);
  let output = '';
  const child = spawn(binary, ['serve', path.join(dir, 'config.yml')], {
    stdio: opts.detached ? 'ignore' : ['ignore', 'pipe', 'pipe'],
    detached: opts.detached ?? false,
  });
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  await waitFor(`http://${host}/v2/`, child, () => output);
  if (opts.detached) child.unref();
  const creds = Buffer.from(`${username}:${password}`).toString('base64');
  const dockerConfigDir = await dockerConfig(path.join(dir, 'docker'), { [host]: { auth: creds } });
  const emptyDockerConfigDir = await dockerConfig(path.join(dir, 'docker-empty'), {});
  return {
    host,
    auth,
    username,
    password,
    dockerConfigDir,
    emptyDockerConfigDir,
    pid: child.pid!,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await new Promise<void>((r) => (tokenService ? tokenService.close(() => r()) : r()));
      if (!opts.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The registry `.ci/run` started (`.cache/registry/state.json`), when it answers; closing it is a no-op.
 * Else a new one for this test file.
 */
export async function sharedRegistry(): Promise<TestRegistry> {
  if (existsSync(SHARED_STATE)) {
    const state = JSON.parse(readFileSync(SHARED_STATE, 'utf8')) as TestRegistry;
    try {
      const res = await fetch(`http://${state.host}/v2/`);
      await res.body?.cancel();
      if (res.status === 401) return { ...state, close: async () => {} };
    } catch {
      // not running: start one
    }
  }
  return startRegistry({ auth: 'htpasswd' });
}

// ---------------------------------------------------------------------------------------------------------
// Token auth: a token service the registry trusts through a self-signed certificate (x5c in each JWT).

async function startTokenService(
  dir: string,
  username: string,
  password: string,
): Promise<{ server: http.Server; realm: string; certPath: string }> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  // @sigstore/mock's CA builds a self-signed root certificate for the key.
  const { initializeCA } = await import('@sigstore/mock/dist/fulcio/ca.js');
  const ca = await initializeCA({ privateKey, publicKey }, undefined, new Date(Date.now() - 60_000));
  const der = Buffer.from(
    ca.rootCertificate.buffer,
    ca.rootCertificate.byteOffset,
    ca.rootCertificate.byteLength,
  );
  const certPath = path.join(dir, 'token.crt');
  const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
  await writeFile(certPath, pem.replace(/\n\n/g, '\n'));
  const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token');
    const header = req.headers.authorization ?? '';
    const basic = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString() : '';
    if (header && basic !== `${username}:${password}`) {
      res.writeHead(401).end('{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}');
      return;
    }
    // Anonymous callers get a token with no access: the registry then refuses, as GHCR does for private images.
    const access = basic
      ? url.searchParams.getAll('scope').map((scope) => {
          const [type, name, actions] = scope.split(':');
          return { type, name, actions: (actions ?? '').split(',').filter(Boolean) };
        })
      : [];
    const now = Math.floor(Date.now() / 1000);
    const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'ES256', x5c: [der.toString('base64')] }));
    const body = b64url(
      JSON.stringify({
        iss: 'agent-attest-test-issuer',
        sub: basic ? username : '',
        aud: url.searchParams.get('service') ?? '',
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomBytes(8).toString('hex'),
        access,
      }),
    );
    const signer = createSign('SHA256');
    signer.update(`${head}.${body}`);
    const sig = signer.sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token: `${head}.${body}.${b64url(sig)}`, expires_in: 300 }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  return { server, realm: `http://127.0.0.1:${port}/token`, certPath };
}

// ---------------------------------------------------------------------------------------------------------
// The referrers API stand-in in front of a real registry.

export interface ReferrersFront {
  host: string;
  /** Requests the front answered itself (the referrers endpoint), for assertions. */
  referrersCalls: number;
  close(): Promise<void>;
}

interface Referrer {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

export async function startReferrersFront(upstream: string): Promise<ReferrersFront> {
  const referrers = new Map<string, Referrer[]>(); // `${repo}@${subjectDigest}` → descriptors
  const front: ReferrersFront = { host: '', referrersCalls: 0, close: async () => {} };
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', `http://${upstream}`);
      const ref = /^\/v2\/(.+)\/referrers\/(sha256:[0-9a-f]{64})$/.exec(url.pathname);
      if (ref && req.method === 'GET') {
        front.referrersCalls++;
        // The endpoint needs the same access as the repository: ask the registry with the caller's header.
        const check = await fetch(`http://${upstream}/v2/${ref[1]}/tags/list`, {
          headers: req.headers.authorization ? { authorization: req.headers.authorization } : {},
        });
        await check.body?.cancel();
        if (check.status === 401 || check.status === 403) {
          const challenge = check.headers.get('www-authenticate');
          res.writeHead(check.status, challenge ? { 'www-authenticate': challenge } : {}).end();
          return;
        }
        const filter = url.searchParams.get('artifactType');
        const all = referrers.get(`${ref[1]}@${ref[2]}`) ?? [];
        const manifests = filter ? all.filter((d) => d.artifactType === filter) : all;
        res.writeHead(200, {
          'content-type': 'application/vnd.oci.image.index.v1+json',
          ...(filter ? { 'oci-filters-applied': 'artifactType' } : {}),
        });
        res.end(
          JSON.stringify({
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.index.v1+json',
            manifests,
          }),
        );
        return;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers[k] = v;
      const answer = await fetch(url, {
        method: req.method ?? 'GET',
        headers,
        ...(body.length > 0 ? { body } : {}),
        redirect: 'manual',
      });
      const out: Record<string, string> = {};
      answer.headers.forEach((v, k) => {
        if (k === 'location') out[k] = v.replace(`http://${upstream}`, `http://${front.host}`);
        else if (k !== 'content-encoding' && k !== 'transfer-encoding' && k !== 'connection') out[k] = v;
      });
      const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
      if (manifest && req.method === 'PUT' && answer.status === 201) {
        const doc = JSON.parse(body.toString('utf8')) as {
          mediaType?: string;
          artifactType?: string;
          config?: { mediaType?: string };
          subject?: { digest?: string };
          annotations?: Record<string, string>;
        };
        if (doc.subject?.digest) {
          const key = `${manifest[1]}@${doc.subject.digest}`;
          const list = referrers.get(key) ?? [];
          const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
          if (!list.some((d) => d.digest === digest))
            list.push({
              mediaType: doc.mediaType ?? 'application/vnd.oci.image.manifest.v1+json',
              digest,
              size: body.length,
              artifactType: doc.artifactType ?? doc.config?.mediaType,
              ...(doc.annotations ? { annotations: doc.annotations } : {}),
            });
          referrers.set(key, list);
          out['oci-subject'] = doc.subject.digest;
        }
      }
      res.writeHead(answer.status, out);
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (e) {
      res.writeHead(502).end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  front.host = `127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  front.close = () => new Promise<void>((r) => server.close(() => r()));
  return front;
}

// ---------------------------------------------------------------------------------------------------------
// `.ci/run`: node test/support/registry.ts start|stop

// (Only when this file is the program: a bundle that includes it, such as a bench, is not.)
if (import.meta.main && import.meta.filename.endsWith(`${path.sep}registry.ts`)) {
  const command = process.argv[2];
  const dir = path.dirname(SHARED_STATE);
  if (command === 'start') {
    const binary = registryBinary();
    if (!binary) {
      console.error(REGISTRY_MISSING);
      process.exit(1);
    }
    await rm(dir, { recursive: true, force: true });
    const r = await startRegistry({ auth: 'htpasswd', dir, detached: true });
    const { close: _close, ...state } = r;
    await writeFile(SHARED_STATE, JSON.stringify(state, null, 2));
    console.log(`docker-registry (pid ${r.pid}) on ${r.host} with htpasswd auth; state in ${SHARED_STATE}`);
  } else if (command === 'stop') {
    if (existsSync(SHARED_STATE)) {
      const state = JSON.parse(await readFile(SHARED_STATE, 'utf8')) as { pid: number; host: string };
      try {
        process.kill(state.pid, 'SIGTERM');
        console.log(`stopped docker-registry (pid ${state.pid}) on ${state.host}`);
      } catch {
        console.log(`docker-registry (pid ${state.pid}) was not running`);
      }
      await rm(dir, { recursive: true, force: true });
    }
  } else {
    console.error('usage: node test/support/registry.ts start|stop');
    process.exit(2);
  }
}
