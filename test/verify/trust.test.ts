/**
 * Trusted roots: the public-good seed offline, GitHub's instance root only when shipped, files and
 * gh's JSONL, and thresholds that follow the instance a root describes.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustMaterial } from '../../src/core/verify/index.js';
import { GH, haveReal, PG_OLD, tempDir } from './helpers.js';

const shippedGitHubRoot = existsSync(
  path.resolve(import.meta.dirname, '../../src/core/trust/roots/github.json'),
);

describe('loadTrustMaterial', () => {
  it('public-good comes from the @sigstore/tuf seed, offline, with log + SCT + one timestamp', async () => {
    const [root, ...rest] = await loadTrustMaterial('public-good');
    expect(rest).toEqual([]);
    expect(root!.name).toBe('public-good');
    expect(root!.thresholds).toEqual({ tlog: 1, ctlog: 1, timestamp: 1 });
    expect(root!.material.tlogs.length).toBeGreaterThan(0);
  });

  it('by default: public-good, plus GitHub’s instance when the project ships its root', async () => {
    const names = (await loadTrustMaterial()).map((r) => r.name);
    expect(names).toEqual(shippedGitHubRoot ? ['public-good', 'github'] : ['public-good']);
  });

  it.skipIf(shippedGitHubRoot)(
    'github without a shipped root: one clear line telling the user to pass --trusted-root (exit 2)',
    async () => {
      const error = await loadTrustMaterial('github').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'TRUSTED_ROOT_INVALID', exitCode: 2 });
      expect((error as Error).message).toBe(
        "GitHub's instance trusted root is not shipped with this build; pass --trusted-root FILE (e.g. the output of `gh attestation trusted-root`).",
      );
    },
  );

  it.skipIf(!haveReal)(
    'a root without logs (GitHub’s instance) gets tlog 0, ct 0, timestamps 1; one without TSA keeps log + SCT',
    async () => {
      expect((await loadTrustMaterial(GH))[0]!.thresholds).toEqual({ tlog: 0, ctlog: 0, timestamp: 1 });
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
