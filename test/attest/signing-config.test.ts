/**
 * Signing config files (v0.2): the devstack's own, and hand-written ones for every rule of the spec — API
 * versions, validity windows, operators, and the ANY / ALL / EXACT selectors — plus errors that name the file
 * and the fix. End to end, a config that selects ALL of two timestamp authorities (two devstacks over real HTTP)
 * gives a bundle with both timestamps, and both verify.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentAttestError } from '../../src/core/errors.js';
import { getIdentityToken } from '../../src/core/oidc/index.js';
import { readSigningConfig, signStatement, SIGNING_CONFIG_MEDIA_TYPE } from '../../src/core/sign/index.js';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';

const NOW = new Date('2026-06-01T00:00:00Z');
let dir: string;
let n = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aa-signing-config-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Svc {
  url: string;
  majorApiVersion?: number;
  validFor?: { start?: string; end?: string };
  operator?: string;
}
const svc = (url: string, more: Omit<Svc, 'url'> = {}): Svc => ({
  url,
  majorApiVersion: 1,
  validFor: { start: '2024-01-01T00:00:00Z' },
  ...more,
});

async function configFile(doc: object): Promise<string> {
  const file = path.join(dir, `signing_config-${++n}.json`);
  await writeFile(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
}

/** A v0.2 config with one CA and whatever else is given. */
const config = (more: object): object => ({
  mediaType: SIGNING_CONFIG_MEDIA_TYPE,
  caUrls: [svc('https://ca.invalid')],
  ...more,
});

async function read(doc: object) {
  return readSigningConfig(await configFile(doc), NOW);
}

/** The error a promise rejects with (a resolved promise fails the test). */
async function rejection(p: Promise<unknown>): Promise<AgentAttestError> {
  const e = await p.then(
    () => new Error('expected a refusal'),
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AgentAttestError);
  return e as AgentAttestError;
}

async function refusal(doc: object | string): Promise<AgentAttestError> {
  const file = await configFile(doc as object);
  const e = await rejection(readSigningConfig(file, NOW));
  expect(e).toBeInstanceOf(AgentAttestError);
  const error = e as AgentAttestError;
  expect(error.exitCode).toBe(2);
  expect(error.message).toContain(`'${file}'`);
  expect(error.message).not.toContain('\n');
  return error;
}

describe("the devstack's signing configs", () => {
  let pg: TestDevstack;
  let gh: TestDevstack;
  beforeAll(async () => {
    [pg, gh] = await Promise.all([startTestDevstack(), startTestDevstack({ profile: 'github' })]);
  });
  afterAll(async () => {
    await Promise.all([pg?.close(), gh?.close()]);
  });

  it('public-good profile: its CA, its Rekor (ANY) and its TSA (ANY)', async () => {
    expect(await readSigningConfig(pg.signingConfigPath)).toEqual({
      name: pg.signingConfigPath,
      fulcioUrl: pg.stack.urls.fulcio,
      rekor: [{ url: pg.stack.urls.rekor, apiVersion: 1 }],
      tsaUrls: [pg.stack.urls.tsa],
    });
  });

  it('github profile: ALL of no log, and its TSA', async () => {
    expect(await readSigningConfig(gh.signingConfigPath)).toEqual({
      name: gh.signingConfigPath,
      fulcioUrl: gh.stack.urls.fulcio,
      rekor: [],
      tsaUrls: [gh.stack.urls.tsa],
    });
  });

  it('is refused before its services become valid (the devstack dates them at start-up)', async () => {
    const e = await rejection(readSigningConfig(pg.signingConfigPath, new Date('2000-01-01T00:00:00Z')));
    expect(e.message).toMatch(/lists no usable caUrls entry: none is valid at 2000-01-01T00:00:00.000Z/);
  });
});

describe('choosing the CA', () => {
  it('the newest valid service of API version 1; expired, future and unknown versions are passed over', async () => {
    const endpoints = await read(
      config({
        caUrls: [
          svc('https://expired.invalid', {
            validFor: { start: '2020-01-01T00:00:00Z', end: '2025-01-01T00:00:00Z' },
          }),
          svc('https://older.invalid', { validFor: { start: '2023-01-01T00:00:00Z' } }),
          svc('https://newest.invalid/', { validFor: { start: '2025-06-01T00:00:00Z' } }),
          svc('https://future.invalid', { validFor: { start: '2027-01-01T00:00:00Z' } }),
          svc('https://v2.invalid', { majorApiVersion: 2, validFor: { start: '2026-01-01T00:00:00Z' } }),
        ],
        tsaUrls: [svc('https://tsa.invalid/ts')],
        tsaConfig: { selector: 'ANY' },
      }),
    );
    expect(endpoints.fulcioUrl).toBe('https://newest.invalid');
  });

  it('validity windows include both ends; equal starts keep the order of the file', async () => {
    const at = (start: string, end: string) => ({ validFor: { start, end } });
    const file = {
      caUrls: [
        svc('https://ends-now.invalid', at('2025-01-01T00:00:00Z', NOW.toISOString())),
        svc('https://also.invalid', at('2025-01-01T00:00:00Z', '2030-01-01T00:00:00Z')),
      ],
      tsaUrls: [svc('https://starts-now.invalid', at(NOW.toISOString(), '2030-01-01T00:00:00Z'))],
      tsaConfig: { selector: 'ANY' },
    };
    expect(await read(config(file))).toMatchObject({
      fulcioUrl: 'https://ends-now.invalid',
      tsaUrls: ['https://starts-now.invalid'],
    });
  });

  it('majorApiVersion 0 (not yet released) or a missing one is not used, and the error says why', async () => {
    const e = await refusal(config({ caUrls: [{ url: 'https://ca.invalid' }] }));
    expect(e.message).toMatch(
      /lists no usable caUrls entry: none has majorApiVersion 1 \(0 means not yet released\)$/,
    );
    expect((await refusal(config({ caUrls: [] }))).message).toMatch(
      /lists no usable caUrls entry: the list is empty$/,
    );
  });
});

describe('choosing Rekor logs and timestamp authorities', () => {
  const logs = [
    svc('https://a-old.invalid', { operator: 'a.example', validFor: { start: '2024-01-01T00:00:00Z' } }),
    svc('https://a-new.invalid', { operator: 'a.example', validFor: { start: '2025-01-01T00:00:00Z' } }),
    svc('https://b.invalid', { operator: 'b.example', validFor: { start: '2024-06-01T00:00:00Z' } }),
    svc('https://c.invalid', { operator: 'c.example', validFor: { start: '2024-03-01T00:00:00Z' } }),
  ];

  it('ALL: the newest log of each operator, newest first', async () => {
    const e = await read(config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'ALL' } }));
    expect(e.rekor.map((l) => l.url)).toEqual([
      'https://a-new.invalid',
      'https://b.invalid',
      'https://c.invalid',
    ]);
  });

  it('ANY: one, the newest', async () => {
    const e = await read(config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'ANY' } }));
    expect(e.rekor).toEqual([{ url: 'https://a-new.invalid', apiVersion: 1 }]);
  });

  it('EXACT: count services from distinct operators; fewer is an error that says how many there are', async () => {
    const two = await read(config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'EXACT', count: 2 } }));
    expect(two.rekor.map((l) => l.url)).toEqual(['https://a-new.invalid', 'https://b.invalid']);
    const e = await refusal(
      config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'EXACT', count: 4 } }),
    );
    expect(e.message).toMatch(
      /has rekorTlogConfig EXACT 4 but only 3 usable rekorTlogUrls entries from distinct operators; lower the count or list more services$/,
    );
    const zero = await refusal(config({ rekorTlogUrls: logs, rekorTlogConfig: { selector: 'EXACT' } }));
    expect(zero.message).toMatch(/has rekorTlogConfig EXACT without a count of 1 or more; add "count": N$/);
  });

  it('only the highest API version spoken: Rekor v2 over v1, v3 never', async () => {
    const versions = [
      svc('https://v1.invalid', { operator: 'a.example' }),
      svc('https://v2.invalid', { operator: 'b.example', majorApiVersion: 2 }),
      svc('https://v3.invalid', { operator: 'c.example', majorApiVersion: 3 }),
    ];
    const e = await read(config({ rekorTlogUrls: versions, rekorTlogConfig: { selector: 'ALL' } }));
    expect(e.rekor).toEqual([{ url: 'https://v2.invalid', apiVersion: 2 }]);
  });

  it('TSAs without an operator each count as their own; TSA URLs are kept whole', async () => {
    const e = await read(
      config({
        tsaUrls: [svc('https://t1.invalid/api/v1/timestamp'), svc('https://t2.invalid/api/v1/timestamp')],
        tsaConfig: { selector: 'ALL' },
      }),
    );
    expect(e).toMatchObject({
      rekor: [],
      tsaUrls: ['https://t1.invalid/api/v1/timestamp', 'https://t2.invalid/api/v1/timestamp'],
    });
  });

  it('a list without a selector is refused with the line to add; no list needs none', async () => {
    const e = await refusal(
      config({ rekorTlogUrls: logs, tsaUrls: [svc('https://t.invalid')], tsaConfig: { selector: 'ANY' } }),
    );
    expect(e.message).toMatch(
      /lists rekorTlogUrls but no rekorTlogConfig\.selector; add "rekorTlogConfig": \{"selector": "ANY"\} \(or "ALL", or "EXACT" with a "count"\)$/,
    );
    expect(
      (await read(config({ tsaUrls: [svc('https://t.invalid')], tsaConfig: { selector: 'ANY' } }))).rekor,
    ).toEqual([]);
  });

  it('ANY with nothing usable is refused; ALL of nothing selects nothing', async () => {
    const expired = [
      svc('https://old.invalid', {
        validFor: { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' },
      }),
    ];
    const e = await refusal(config({ tsaUrls: expired, tsaConfig: { selector: 'ANY' } }));
    expect(e.message).toMatch(
      /has tsaConfig ANY but no usable tsaUrls entry: none is valid at 2026-06-01T00:00:00.000Z/,
    );
    const none = await refusal(
      config({
        rekorTlogUrls: expired,
        rekorTlogConfig: { selector: 'ALL' },
        tsaUrls: [],
        tsaConfig: { selector: 'ALL' },
      }),
    );
    expect(none.message).toMatch(
      /selects neither a Rekor log nor a TSA; a signature needs one of them to be verifiable/,
    );
  });
});

describe('files that are not v0.2 signing configs', () => {
  it.each([
    ['not JSON', '{', /is not JSON$/],
    [
      'a JSON array',
      '[]',
      /is not a JSON object; expected a application\/vnd\.dev\.sigstore\.signingconfig\.v0\.2\+json document$/,
    ],
    [
      'a v0.1 config',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.1+json',
        caUrl: 'https://ca.invalid',
      }),
      /has mediaType 'application\/vnd\.dev\.sigstore\.signingconfig\.v0\.1\+json'; expected .*v0\.2\+json \(older signing configs are not read: fetch the current one from the instance\)$/,
    ],
    [
      'an unknown selector',
      JSON.stringify(config({ tsaUrls: [svc('https://t.invalid')], tsaConfig: { selector: 'SOME' } })),
      /is not a valid signing config: Unrecognized enum value SOME for enum ServiceSelector; selectors are ALL, ANY or EXACT$/,
    ],
    [
      'a service without a scheme',
      JSON.stringify(config({ tsaUrls: [svc('t.invalid/ts')], tsaConfig: { selector: 'ANY' } })),
      /tsaUrls\[0\]\.url 't\.invalid\/ts' is not an http\(s\) URL with scheme and host$/,
    ],
    [
      'a date that is not RFC 3339',
      JSON.stringify(config({ caUrls: [svc('https://ca.invalid', { validFor: { start: 'last year' } })] })),
      /caUrls\[0\]\.validFor\.start is not an RFC 3339 time \(e\.g\. 2025-01-01T00:00:00Z\)$/,
    ],
  ])('%s', async (_what, text, message) => {
    expect((await refusal(text)).message).toMatch(message);
  });

  it('a path that cannot be read is a usage error naming the choices', async () => {
    const missing = path.join(dir, 'missing.json');
    const e = await rejection(readSigningConfig(missing));
    expect(e.code).toBe('USAGE');
    expect(e.message).toBe(
      `--sigstore '${missing}' is neither public-good, github, auto nor a readable signing config file`,
    );
  });
});

describe('signing with a config that selects several timestamp authorities', () => {
  let a: TestDevstack;
  let b: TestDevstack;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startTestDevstack({ profile: 'github' }),
      startTestDevstack({ profile: 'github' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  async function sign(tsaConfig: object) {
    const file = await configFile(
      config({
        caUrls: [svc(a.stack.urls.fulcio, { validFor: { start: '2024-01-01T00:00:00Z' } })],
        tsaUrls: [
          svc(a.stack.urls.tsa, { operator: 'a.example' }),
          svc(b.stack.urls.tsa, { operator: 'b.example' }),
        ],
        tsaConfig,
      }),
    );
    const endpoints = await readSigningConfig(file);
    const identity = await getIdentityToken({
      githubActions: false,
      explicitToken: await a.stack.issueToken(),
    });
    return { endpoints, signed: await signStatement(Buffer.from('{"_type":"x"}'), endpoints, identity) };
  }

  type Timestamp = NonNullable<
    SerializedBundle['verificationMaterial']['timestampVerificationData']
  >['rfc3161Timestamps'][number];

  /**
   * Verifies the bundle with only `timestamps` in it against stack a's CA and the given stacks' TSAs. (The two
   * mock TSAs sign with the same certificate serial, and the devstack rounds their time to the second, so
   * @sigstore/verify would count the two timestamps of one bundle as duplicates: each is checked on its own.)
   */
  function verify(bundle: SerializedBundle, timestamps: Timestamp[], tsas: TestDevstack[]): void {
    const root = a.stack.trustedRoot as { timestampAuthorities: unknown[] };
    const trusted = {
      ...root,
      timestampAuthorities: tsas.flatMap(
        (t) => (t.stack.trustedRoot as { timestampAuthorities: unknown[] }).timestampAuthorities,
      ),
    };
    const only = {
      ...bundle,
      verificationMaterial: {
        ...bundle.verificationMaterial,
        timestampVerificationData: { rfc3161Timestamps: timestamps },
      },
    };
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trusted)), {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      timestampThreshold: 1,
    });
    verifier.verify(toSignedEntity(bundleFromJSON(only)), {
      subjectAlternativeName:
        'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
      extensions: { issuer: 'https://token.actions.githubusercontent.com' },
    });
  }

  it('ALL: a timestamp from each TSA, in the order of the config; each verifies against its own TSA only', async () => {
    const { endpoints, signed } = await sign({ selector: 'ALL' });
    expect(endpoints.tsaUrls).toEqual([a.stack.urls.tsa, b.stack.urls.tsa]);
    const [fromA, fromB, ...more] =
      signed.bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
    expect(more).toEqual([]);
    verify(signed.bundle, [fromA!], [a]);
    verify(signed.bundle, [fromB!], [b]);
    expect(() => verify(signed.bundle, [fromB!], [a])).toThrow();
    expect(() => verify(signed.bundle, [fromA!], [b])).toThrow();
  });

  it('EXACT 1: one timestamp, from the first TSA', async () => {
    const { endpoints, signed } = await sign({ selector: 'EXACT', count: 1 });
    expect(endpoints.tsaUrls).toEqual([a.stack.urls.tsa]);
    const timestamps = signed.bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
    expect(timestamps).toHaveLength(1);
    verify(signed.bundle, timestamps, [a]);
  });
});
