/**
 * Trusted roots without TUF settings (the library default): the public-good seed, never the network; files
 * and gh's JSONL; thresholds that follow the instance a root describes. The TUF side is test/trust.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustMaterial } from '../../src/core/verify/index.js';
import { GH, haveReal, PG_OLD, tempDir } from './helpers.js';

describe('loadTrustMaterial', () => {
  it('public-good comes from the @sigstore/tuf seed, offline, with log + SCT + one timestamp', async () => {
    const [root, ...rest] = await loadTrustMaterial('public-good');
    expect(rest).toEqual([]);
    expect(root).toMatchObject({
      name: 'public-good',
      instance: 'public-good',
      source: {
        kind: 'seed',
        seed: expect.stringMatching(/^@sigstore\/tuf \d/),
        fallback: { reason: 'offline' },
      },
    });
    expect(root!.thresholds).toEqual({ tlog: 1, ctlog: 1, timestamp: 1 });
    expect(root!.material.tlogs.length).toBeGreaterThan(0);
  });

  it('by default, with no certificate from GitHub’s Fulcio: public-good only', async () => {
    expect((await loadTrustMaterial()).map((r) => r.name)).toEqual(['public-good']);
  });

  it('github with nothing cached and no TUF: one clear line saying how to get the root (exit 2)', async () => {
    const error = await loadTrustMaterial('github').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRUSTED_ROOT_UNAVAILABLE', exitCode: 2 });
    expect((error as Error).message).toBe(
      "trusted root github: offline was asked for, nothing is cached, and this build ships no copy of GitHub's trusted root; verify once with access to https://tuf-repo.github.com to cache it, or pass a trusted root file (e.g. what `gh attestation trusted-root` prints).",
    );
  });

  it.skipIf(!haveReal)(
    'a root without logs (GitHub’s instance) gets tlog 0, ct 0, timestamps 1; one without TSA keeps log + SCT',
    async () => {
      const [gh] = await loadTrustMaterial(GH);
      expect(gh!.thresholds).toEqual({ tlog: 0, ctlog: 0, timestamp: 1 });
      // A file is named by its path; the instance comes from its certificate authority.
      expect(gh).toMatchObject({ name: GH, instance: 'github', source: { kind: 'file', path: GH } });
      expect((await loadTrustMaterial(PG_OLD))[0]!.thresholds).toEqual({ tlog: 1, ctlog: 1, timestamp: 1 });
    },
  );

  it('rejects what is not a trusted root, naming the file', async () => {
    const dir = await tempDir();
    const cases: [string, RegExp][] = [
      ['', /is empty/],
      ['{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}', /not a Sigstore trusted root/],
      ['{"a":1}\nnot json\n', /is neither JSON nor JSONL \(line 2/],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const file = path.join(dir, `root-${i}.json`);
      await writeFile(file, text);
      await expect(loadTrustMaterial(file)).rejects.toThrow(message);
      await expect(loadTrustMaterial(file)).rejects.toThrow(file);
    }
  });

  it.skipIf(!haveReal)(
    'rejects a root whose log key has no validFor.start instead of reading it as "forever"',
    async () => {
      const root = JSON.parse(await readFile(PG_OLD, 'utf8'));
      delete root.tlogs[0].publicKey.validFor.start;
      const file = path.join(await tempDir(), 'unbounded.json');
      await writeFile(file, JSON.stringify(root));
      await expect(loadTrustMaterial(file)).rejects.toThrow(/has an entry in tlogs without validFor\.start/);
    },
  );

  it('rejects a --key that is not a PEM public key', async () => {
    await expect(loadTrustMaterial('public-good', { publicKeyPem: 'not a key' })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
    });
  });
});
