/**
 * The TUF client (src/core/trust/tuf.ts) against a TUF repository this test writes and signs itself
 * (src/devstack/tuf.ts, @tufjs/models), served over real HTTP on 127.0.0.1. Nothing is mocked.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publicGoodInstance, type TufInstance } from '../../src/core/trust/instances.js';
import { tufTrustedRoot, type TufSettings } from '../../src/core/trust/tuf.js';
import type { Logger } from '../../src/core/log.js';
import { startTufServer } from '../support/tuf-server.js';

const HOUR = 60 * 60 * 1000;
const ROOT_V1 = JSON.stringify({ generation: 1 });
const ROOT_V2 = JSON.stringify({ generation: 2 });

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function setup(opts: { rootKeys?: number; rootThreshold?: number } = {}) {
  const server = await startTufServer({ targets: { 'trusted_root.json': ROOT_V1 }, ...opts });
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'aa-tuf-'));
  cleanup.push(
    () => server.close(),
    () => rm(cacheDir, { recursive: true, force: true }),
  );
  const anchor = server.repo.anchor();
  const instance: TufInstance = {
    name: 'test',
    cacheKey: 'test',
    url: server.url,
    anchor: async () => anchor,
  };
  return { server, cacheDir, instance };
}

/** A logger that keeps what it is told. */
function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warn: (m) => void warnings.push(m) };
}

const later = (ms: number) => () => new Date(Date.now() + ms);

describe('TUF client against a local repository', () => {
  it('fetches the trusted root over TUF, then uses the cache without the network for a day', async () => {
    const { server, cacheDir, instance } = await setup();
    const first = await tufTrustedRoot(instance, { cacheDir });
    expect(first.text).toBe(ROOT_V1);
    expect(first.source).toMatchObject({ kind: 'tuf', repository: server.url });
    expect(server.requests).toEqual([
      '2.root.json', // 404: version 1 is the newest root
      'timestamp.json',
      '1.snapshot.json',
      '1.targets.json',
      server.repo.targetPath('trusted_root.json'),
    ]);

    const connections = server.connections;
    const second = await tufTrustedRoot(instance, { cacheDir, now: later(23 * HOUR) });
    expect(second).toEqual({ text: ROOT_V1, source: { ...first.source, kind: 'tuf-cache' } });
    expect(server.connections).toBe(connections);
    expect(server.requests).toHaveLength(5);
  });

  it('asks the repository again within the day once metadata it verified has expired', async () => {
    const server = await startTufServer({
      targets: { 'trusted_root.json': ROOT_V1 },
      timestampLifetimeMs: 2 * HOUR,
    });
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'aa-tuf-'));
    cleanup.push(
      () => server.close(),
      () => rm(cacheDir, { recursive: true, force: true }),
    );
    const anchor = server.repo.anchor();
    const instance: TufInstance = {
      name: 'test',
      cacheKey: 'test',
      url: server.url,
      anchor: async () => anchor,
    };
    await tufTrustedRoot(instance, { cacheDir });
    expect((await tufTrustedRoot(instance, { cacheDir, now: later(HOUR) })).source.kind).toBe('tuf-cache');
    const requests = server.requests.length;
    // Three hours on, the timestamp the last check verified has expired: the repository is asked.
    const r = await tufTrustedRoot(instance, { cacheDir, now: later(3 * HOUR) });
    expect(r.source.kind).toBe('tuf');
    expect(server.requests.length).toBeGreaterThan(requests);
  });

  it('a cached target that no longer has its recorded hash is fetched again', async () => {
    const { server, cacheDir, instance } = await setup();
    await tufTrustedRoot(instance, { cacheDir });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(cacheDir, 'test', 'targets', 'trusted_root.json'), '{"tampered": true}');
    const r = await tufTrustedRoot(instance, { cacheDir, now: later(HOUR) });
    expect(r).toMatchObject({ text: ROOT_V1, source: { kind: 'tuf' } });
    expect(server.requests.at(-1)).toBe(server.repo.targetPath('trusted_root.json'));
  });

  it('asks the repository again after a day and picks up a new trusted root', async () => {
    const { server, cacheDir, instance } = await setup();
    await tufTrustedRoot(instance, { cacheDir });
    server.repo.setTarget('trusted_root.json', ROOT_V2);
    const within = await tufTrustedRoot(instance, { cacheDir, now: later(HOUR) });
    expect(within.text).toBe(ROOT_V1); // checked less than a day ago: not asked
    const after = await tufTrustedRoot(instance, { cacheDir, now: later(25 * HOUR) });
    expect(after.text).toBe(ROOT_V2);
    expect(after.source.kind).toBe('tuf');
    expect(server.requests.slice(-5)).toEqual([
      '2.root.json',
      'timestamp.json',
      '2.snapshot.json',
      '2.targets.json',
      server.repo.targetPath('trusted_root.json'),
    ]);
  });

  it('follows root rotations N → N+1 → N+2 (each signed by the previous keys), new role keys included', async () => {
    const { server, cacheDir, instance } = await setup({ rootKeys: 3, rootThreshold: 2 });
    await tufTrustedRoot(instance, { cacheDir });
    server.repo.rotateRoot({ replaceRoleKeys: true });
    server.repo.rotateRoot({ replaceRoleKeys: true });
    server.repo.setTarget('trusted_root.json', ROOT_V2);
    const r = await tufTrustedRoot(instance, { cacheDir, now: later(25 * HOUR) });
    expect(r.text).toBe(ROOT_V2);
    const cachedRoot = JSON.parse(await readFile(path.join(cacheDir, 'test', 'root.json'), 'utf8'));
    expect(cachedRoot.signed.version).toBe(3);
    expect(server.requests).toContain('2.root.json');
    expect(server.requests).toContain('3.root.json');
  });

  it('a fresh client walks from its anchor through every rotation', async () => {
    const { server, cacheDir, instance } = await setup({ rootKeys: 2, rootThreshold: 2 });
    server.repo.rotateRoot({ replaceRoleKeys: true });
    server.repo.rotateRoot();
    expect((await tufTrustedRoot(instance, { cacheDir })).text).toBe(ROOT_V1);
    expect(server.requests.slice(0, 3)).toEqual(['2.root.json', '3.root.json', '4.root.json']);
  });

  it('refuses a root signed by fewer of the previous root keys than its threshold', async () => {
    const { server, cacheDir, instance } = await setup({ rootKeys: 3, rootThreshold: 2 });
    server.repo.rotateRoot({ signedByOld: 1 });
    const error = await tufTrustedRoot(instance, { cacheDir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_REFUSED', exitCode: 2 });
    expect((error as Error).message).toContain(
      `trusted root test: the TUF repository ${server.url} served metadata that fails verification (root was signed by 1/2 keys)`,
    );
  });

  it('refuses a target whose bytes do not match the hash in the signed targets metadata', async () => {
    const { server, cacheDir, instance } = await setup();
    server.repo.setTarget('trusted_root.json', ROOT_V2);
    server.repo.serveAs(server.repo.targetPath('trusted_root.json'), Buffer.from(ROOT_V2.replace('2', '3')));
    const error = await tufTrustedRoot(instance, { cacheDir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_REFUSED' });
    expect((error as Error).message).toMatch(/fails verification \(.*hash.*\); nothing from it was trusted/i);
  });

  it('refuses an expired timestamp (a freeze), and does not fall back to the cache', async () => {
    const { server, cacheDir, instance } = await setup();
    await tufTrustedRoot(instance, { cacheDir });
    server.repo.setTarget('trusted_root.json', ROOT_V2);
    server.repo.resignTimestamp({ timestampExpires: new Date(Date.now() - HOUR) });
    const error = await tufTrustedRoot(instance, { cacheDir, now: later(25 * HOUR) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_REFUSED' });
    expect((error as Error).message).toMatch(/fails verification \(Final timestamp\.json is expired\)/);
  });

  it('refuses a rollback to an older timestamp than the one it has seen', async () => {
    const { server, cacheDir, instance } = await setup();
    const old = server.repo.state();
    server.repo.setTarget('trusted_root.json', ROOT_V2);
    await tufTrustedRoot(instance, { cacheDir });
    server.repo.restore(old);
    const error = await tufTrustedRoot(instance, { cacheDir, now: later(25 * HOUR) }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_REFUSED' });
    expect((error as Error).message).toMatch(/New timestamp version 1 is less than current version 2/);
  });

  it('uses the cache, with one warning, when the repository is down; an error when a fresh root is required', async () => {
    const { server, cacheDir, instance } = await setup();
    const first = await tufTrustedRoot(instance, { cacheDir });
    await server.close();
    const logger = recordingLogger();
    const settings: TufSettings = { cacheDir, now: later(25 * HOUR), logger };
    const r = await tufTrustedRoot(instance, settings);
    expect(r.text).toBe(ROOT_V1);
    expect(r.source).toMatchObject({
      kind: 'cache',
      checkedAt: first.source.checkedAt,
      fallback: { reason: 'unreachable', detail: `${server.url}/2.root.json: ECONNREFUSED` },
    });
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatch(
      /^trusted root test: could not check it is current \(.*ECONNREFUSED\); using the cached root \(last checked 25 h ago, /,
    );

    const error = await tufTrustedRoot(instance, { ...settings, requireFresh: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_STALE', exitCode: 2 });
    expect((error as Error).message).toMatch(
      /a fresh root is required, but its TUF repository could not be reached/,
    );
  });

  it('a repository that answers with an HTTP error counts as unreachable too: the cache, one warning', async () => {
    const { server, cacheDir, instance } = await setup();
    await tufTrustedRoot(instance, { cacheDir });
    // The same instance through a mirror path that answers 404 for everything.
    const mirror: TufInstance = { ...instance, url: server.url.replace(/\/tuf$/, '/mirror') };
    const logger = recordingLogger();
    const r = await tufTrustedRoot(mirror, { cacheDir, logger, now: later(25 * HOUR) });
    expect(r).toMatchObject({
      text: ROOT_V1,
      source: {
        kind: 'cache',
        fallback: { reason: 'unreachable', detail: expect.stringMatching(/: HTTP 404$/) },
      },
    });
    expect(logger.warnings).toHaveLength(1);
  });

  it('with the repository down and nothing cached: the shipped seed for public-good, an error otherwise', async () => {
    const { server, cacheDir, instance } = await setup();
    await server.close();
    const logger = recordingLogger();
    const pg: TufInstance = { ...publicGoodInstance, url: server.url };
    const seeded = await tufTrustedRoot(pg, { cacheDir, logger });
    expect(seeded.source).toMatchObject({
      kind: 'seed',
      seed: expect.stringMatching(/^@sigstore\/tuf \d+\.\d+\.\d+ seed$/),
    });
    expect(JSON.parse(seeded.text).mediaType).toMatch(/trustedroot/);
    expect(logger.warnings).toEqual([expect.stringContaining('using the root shipped with this build')]);

    const error = await tufTrustedRoot(instance, { cacheDir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_UNAVAILABLE', exitCode: 2 });
    expect((error as Error).message).toMatch(
      /^trusted root test: its TUF repository .* could not be reached \(.*ECONNREFUSED\), nothing is cached in .*; verify once with access to/,
    );
  });

  it('a cached root.json that no longer parses is replaced by the anchor', async () => {
    const { cacheDir, instance } = await setup();
    await tufTrustedRoot(instance, { cacheDir });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(cacheDir, 'test', 'root.json'), '{"signed": trunc');
    const r = await tufTrustedRoot(instance, { cacheDir, now: later(25 * HOUR) });
    expect(r).toMatchObject({ text: ROOT_V1, source: { kind: 'tuf' } });
  });
});
