/**
 * Offline use: `--offline` takes the newest cached root, else the shipped seed, and never opens a socket —
 * asserted twice: no call reaches node:net/node:tls (the sanity case shows an online check does reach them),
 * and the local TUF server accepts no connection.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { githubInstance, publicGoodInstance, type TufInstance } from '../../src/core/trust/instances.js';
import { tufTrustedRoot } from '../../src/core/trust/tuf.js';
import { loadTrustMaterial } from '../../src/core/trust/index.js';
import { startTufServer, type TufServer } from '../support/tuf-server.js';

const ROOT = JSON.stringify({ cached: true });

let server: TufServer;
let cacheDir: string;
let sockets: { count: number };

beforeEach(async () => {
  server = await startTufServer({ targets: { 'trusted_root.json': ROOT } });
  cacheDir = await mkdtemp(path.join(tmpdir(), 'aa-offline-'));
  // Every way Node opens a TCP or TLS socket, counted (and let through: the sanity case needs them).
  sockets = { count: 0 };
  for (const [mod, fn] of [
    [net, 'connect'],
    [net, 'createConnection'],
    [tls, 'connect'],
  ] as const) {
    const original = (mod as unknown as Record<string, (...a: unknown[]) => unknown>)[fn]!;
    vi.spyOn(mod as unknown as Record<string, (...a: unknown[]) => unknown>, fn).mockImplementation(
      (...args: unknown[]) => {
        sockets.count++;
        return original.apply(mod, args);
      },
    );
  }
});

afterEach(async () => {
  vi.restoreAllMocks();
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

const local = (over: Partial<TufInstance> = {}): TufInstance => ({
  name: 'local',
  cacheKey: 'local',
  url: server.url,
  anchor: async () => server.repo.anchor(),
  ...over,
});

describe('offline', () => {
  it('sanity: an online check does open sockets, and the counters see them', async () => {
    await tufTrustedRoot(local(), { cacheDir });
    expect(sockets.count).toBeGreaterThan(0);
    expect(server.connections).toBeGreaterThan(0);
  });

  it('uses the cached root, says how old it is, and opens no socket', async () => {
    const online = await tufTrustedRoot(local(), { cacheDir });
    const [before, accepted] = [sockets.count, server.connections];
    const r = await tufTrustedRoot(local(), { cacheDir, offline: true });
    expect(r).toEqual({
      text: ROOT,
      source: {
        kind: 'cache',
        repository: server.url,
        checkedAt: online.source.checkedAt,
        fallback: { reason: 'offline' },
      },
    });
    expect(sockets.count).toBe(before);
    expect(server.connections).toBe(accepted);
  });

  it('with nothing cached: the seed shipped with the build for public-good; an error for GitHub', async () => {
    const seeded = await tufTrustedRoot(publicGoodInstance, { cacheDir, offline: true });
    expect(seeded.source).toMatchObject({ kind: 'seed', fallback: { reason: 'offline' } });
    const error = await tufTrustedRoot(githubInstance, { cacheDir, offline: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_UNAVAILABLE' });
    expect((error as Error).message).toMatch(
      /^trusted root github: offline was asked for, nothing is cached in .*, and this build ships no copy of GitHub's trusted root; verify once with access to https:\/\/tuf-repo\.github\.com/,
    );
    expect(sockets.count).toBe(0);
    expect(server.connections).toBe(0);
  });

  it('the newest of cache and seed: a cache behind the seed’s TUF root version loses, one ahead wins', async () => {
    // A repository standing in for public-good's, so the seed is the real one and the cache is ours.
    const pg = local({ name: 'public-good', cacheKey: 'public-good', seed: publicGoodInstance.seed! });
    const seed = await publicGoodInstance.seed!();
    await tufTrustedRoot(pg, { cacheDir }); // caches TUF root version 1
    expect((await tufTrustedRoot(pg, { cacheDir, offline: true })).source.kind).toBe('seed');

    for (let v = 1; v <= seed.tufRootVersion; v++) server.repo.rotateRoot();
    await tufTrustedRoot(pg, { cacheDir, checkIntervalMs: 0 }); // caches the rotated root
    const before = sockets.count;
    const r = await tufTrustedRoot(pg, { cacheDir, offline: true });
    expect(r).toMatchObject({ text: ROOT, source: { kind: 'cache' } });
    expect(sockets.count).toBe(before);
  });

  it('loadTrustMaterial offline: the default roots come from cache or seed, with no socket', async () => {
    const roots = await loadTrustMaterial(undefined, { tuf: { cacheDir, offline: true } });
    expect(roots.map((r) => [r.name, r.source.kind])).toEqual([['public-good', 'seed']]);
    expect(sockets.count).toBe(0);
  });

  it('an explicit trusted root file wins over TUF and never touches the network', async () => {
    const file = path.join(cacheDir, 'root.json');
    const { writeFile } = await import('node:fs/promises');
    const seed = await publicGoodInstance.seed!();
    await writeFile(file, seed.text);
    const roots = await loadTrustMaterial(file, { tuf: { cacheDir }, instances: { publicGood: local() } });
    expect(roots.map((r) => [r.name, r.instance, r.source.kind])).toEqual([[file, 'public-good', 'file']]);
    expect(sockets.count).toBe(0);
    expect(server.connections).toBe(0);
  });
});
