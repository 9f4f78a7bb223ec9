/**
 * The deploy gate under attack (issue 9), end to end: each attack is a bundle signed on the devstack under the
 * OIDC claims that make it (or a hostile input), run through the built CLI and the built verify action in real
 * processes. Every false accept must fail (exit 1) with a reason naming the rule; every hostile input must be a
 * one-line usage error (exit 2; the action: result `error`) in bounded time and memory.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { attest, sign } from 'sigstore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDevstack, type TestDevstack } from '../support/devstack.js';
import {
  buildEntryPoints,
  runCli,
  runVerifyAction,
  type ActionRun,
  type Built,
  type ProcessRun,
} from '../support/built.js';
import { startGateFixture, WORKFLOW, type GateFixture } from './fixture.js';

const EXT = 'https://agent-attest.dev/ext/v1';

/** Statements and bundles are edited here as the attacker does: as untyped JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Json = any;
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let f: GateFixture;
let built: Built;
let other: TestDevstack;
let dir: string;
/** The clean release's statement (decoded from its bundle) and artifact, relative to the workspace f.root. */
let cleanStatement: Record<string, Json>;
let cleanArtifact: string;

beforeAll(async () => {
  [f, built, other] = await Promise.all([startGateFixture(), buildEntryPoints(), startTestDevstack()]);
  dir = path.join(f.root, 'attacks');
  await mkdir(dir, { recursive: true });
  const bundle = JSON.parse(await readFile(f.releases.clean.bundle, 'utf8'));
  cleanStatement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'));
  cleanArtifact = path.relative(f.root, f.releases.clean.artifact);
}, 180_000);

afterAll(async () => {
  await Promise.all([f?.close(), built?.close(), other?.close()]);
});

// ── signing on the devstack ─────────────────────────────────────────────────────────────────────

async function bundleOn(t: TestDevstack, name: string, bundle: object): Promise<string> {
  const file = path.join(dir, `${name}.sigstore.json`);
  await writeFile(file, JSON.stringify(bundle));
  return path.relative(f.root, file);
}

/** An in-toto statement (object or exact JSON text) signed under `claims`; the bundle's path in the workspace. */
async function signStatement(
  name: string,
  statement: object | string,
  claims?: Record<string, unknown>,
  t: TestDevstack = f.stack,
): Promise<string> {
  const payload = Buffer.from(typeof statement === 'string' ? statement : JSON.stringify(statement));
  const bundle = await attest(payload, 'application/vnd.in-toto+json', {
    fulcioURL: t.stack.urls.fulcio,
    rekorURL: t.stack.urls.rekor,
    tsaServerURL: t.stack.urls.tsa,
    identityToken: await t.stack.issueToken({ claims }),
  });
  return bundleOn(t, name, bundle);
}

/** A plain signature (message signature) of `bytes`. */
async function signBlob(name: string, bytes: Buffer, claims?: Record<string, unknown>): Promise<string> {
  const bundle = await sign(bytes, {
    fulcioURL: f.stack.stack.urls.fulcio,
    rekorURL: f.stack.stack.urls.rekor,
    tsaServerURL: f.stack.stack.urls.tsa,
    identityToken: await f.stack.stack.issueToken({ claims }),
  });
  return bundleOn(f.stack, name, bundle);
}

/** A minimal SLSA statement for one subject. */
const provenance = (digest: string, predicateType = 'https://slsa.dev/provenance/v1') => ({
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'app.tgz', digest: { sha256: digest } }],
  predicateType,
  predicate: {},
});

/** The clean release's statement with its extension and commit annotations changed by `edit`. */
function editedClean(edit: (s: Record<string, Json>) => void): Record<string, Json> {
  const s = structuredClone(cleanStatement);
  edit(s);
  return s;
}

const agentDep = (s: Record<string, Json>) =>
  (s.predicate.buildDefinition.resolvedDependencies as Json[]).find((d: Json) => d.annotations?.agents);

// ── running the gate ────────────────────────────────────────────────────────────────────────────

const pinned = () => [
  '--signer-workflow',
  `${WORKFLOW}@refs/heads/main`,
  '--trusted-root',
  f.stack.trustedRootPath,
];
const pinnedInputs = () => ({
  'signer-workflow': `${WORKFLOW}@refs/heads/main`,
  'trusted-root': f.stack.trustedRootPath,
});

const cli = (args: string[], opts: { cwd?: string; timeoutMs?: number; maxRssMb?: number } = {}) =>
  runCli(built, ['verify', ...args], { cwd: opts.cwd ?? f.root, ...opts });
const cliJson = async (args: string[]) => {
  const r = await cli([...args, '--format', 'json']);
  return { ...r, doc: JSON.parse(r.stdout || '{}') };
};
const action = (inputs: Record<string, string>, opts: { timeoutMs?: number; maxRssMb?: number } = {}) =>
  runVerifyAction(built, inputs, {
    cwd: f.root,
    env: { GITHUB_API_URL: f.github.url, GITHUB_REPOSITORY: 'octo-org/octo-repo' },
    ...opts,
  });

/** A false accept closed: exit 1 and the reason names the rule (code or rule id). */
function expectRejected(r: ProcessRun & { doc?: Json }, rule: string) {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(1);
  const text = r.doc ? JSON.stringify(r.doc.reasons ?? r.doc) : r.stdout;
  expect(text).toContain(rule);
}

function expectActionRejected(r: ActionRun, rule: string) {
  expect(r.code, r.stdout).toBe(1);
  expect(r.outputs.result).toBe('fail');
  expect(r.result.decision, JSON.stringify(r.result)).toBe('fail');
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toContain(rule);
}

/** A hostile input: a one-line usage error (exit 2), in time. */
function expectUsageError(r: ProcessRun, mentions: RegExp) {
  expect(r.timedOut, 'the run hung').toBe(false);
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(2);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(mentions);
  expect(r.stderr).not.toContain('unexpected error');
}

function expectActionError(r: ActionRun, mentions: RegExp) {
  expect(r.timedOut, 'the action hung').toBe(false);
  expect(r.code).toBe(1);
  expect(r.result.decision, JSON.stringify(r.result)).toBe('error');
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(mentions);
  expect(r.errors[0]).not.toContain('unexpected error');
}

// ── false accepts ───────────────────────────────────────────────────────────────────────────────

describe('a file whose name is a digest', () => {
  it('is hashed like any file: subject-path never yields a digest', async () => {
    // The trusted artifact's digest as a file name, with other bytes in it.
    const digest = sha256(await readFile(f.releases.clean.artifact));
    // At the workspace root, where the action's glob results are relative paths equal to the file name.
    await writeFile(path.join(f.root, `sha256:${digest}`), 'not the release\n');
    const bundle = path.relative(f.root, f.releases.clean.bundle);

    const a = await action({ 'subject-path': '*', 'bundle-path': bundle, ...pinnedInputs() });
    expectActionRejected(a, 'SUBJECT_MISMATCH');
    // The CLI reads `ALG:HEX` as a digest (documented); a path to such a file is a file.
    expectRejected(await cli([`./sha256:${digest}`, '--bundle', bundle, ...pinned()]), 'SUBJECT_MISMATCH');
  });
});

describe('message signatures where a statement is required', () => {
  let blob: string;
  beforeAll(async () => {
    blob = await signBlob('blob', await readFile(f.releases.clean.artifact));
  });

  it('a plain signature from the pinned signer fails an identity-only gate, a predicate-type gate and --max-age', async () => {
    for (const extra of [[], ['--predicate-type', 'https://slsa.dev/provenance/v1'], ['--max-age', '30d']]) {
      const r = await cliJson([cleanArtifact, '--bundle', blob, ...pinned(), ...extra]);
      expectRejected(r, 'STATEMENT_REQUIRED');
    }
    const a = await action({ 'subject-path': cleanArtifact, 'bundle-path': blob, ...pinnedInputs() });
    expectActionRejected(a, 'STATEMENT_REQUIRED');
    const aged = await action({
      'subject-path': cleanArtifact,
      'bundle-path': blob,
      ...pinnedInputs(),
      'max-age': '30d',
    });
    expectActionRejected(aged, 'STATEMENT_REQUIRED');
  });

  it('passes only when asked for, and never together with a predicate type or rules', async () => {
    const ok = await cli([cleanArtifact, '--bundle', blob, ...pinned(), '--allow-message-signatures']);
    expect(ok.code, ok.stderr + ok.stdout).toBe(0);
    for (const extra of [
      ['--predicate-type', 'https://slsa.dev/provenance/v1'],
      ['--max-age', '30d'],
    ]) {
      const r = await cli([
        cleanArtifact,
        '--bundle',
        blob,
        ...pinned(),
        '--allow-message-signatures',
        ...extra,
      ]);
      expectUsageError(r, /--allow-message-signatures/);
    }
  });
});

describe('workflow path case', () => {
  it('a certificate for …/Release.yml fails a gate pinned to …/release.yml; owner and repo names are case-insensitive', async () => {
    const upper = 'octo-org/octo-repo/.github/workflows/Release.yml@refs/heads/main';
    const bundle = await signStatement(
      'release-upper',
      provenance(sha256(await readFile(f.releases.clean.artifact))),
      { job_workflow_ref: upper, workflow_ref: upper },
    );
    expectRejected(await cliJson([cleanArtifact, '--bundle', bundle, ...pinned()]), 'IDENTITY_MISMATCH');
    expectActionRejected(
      await action({ 'subject-path': cleanArtifact, 'bundle-path': bundle, ...pinnedInputs() }),
      'IDENTITY_MISMATCH',
    );
    // Control: the same bundle passes when the path is written as it is, the owner/repo in other case.
    const control = await cli([
      cleanArtifact,
      '--bundle',
      bundle,
      '--signer-workflow',
      'Octo-Org/Octo-Repo/.github/workflows/Release.yml@refs/heads/main',
      '--trusted-root',
      f.stack.trustedRootPath,
    ]);
    expect(control.code, control.stdout).toBe(0);
  });
});

describe('regexp anchoring', () => {
  it('a pattern that closes the anchoring group is refused, never wrapped', async () => {
    const foreign = await signStatement(
      'foreign-workflow',
      provenance(sha256(await readFile(f.releases.clean.artifact))),
      { repository: 'evil-org/evil-repo' },
    );
    const args = ['--certificate-identity-regexp', ')|(?:.*', '--trusted-root', f.stack.trustedRootPath];
    expectUsageError(
      await cli([cleanArtifact, '--bundle', foreign, ...args]),
      /--certificate-identity-regexp/,
    );
    expectActionError(
      await action({
        'subject-path': cleanArtifact,
        'bundle-path': foreign,
        'certificate-identity-regexp': ')|(?:.*',
        'trusted-root': f.stack.trustedRootPath,
      }),
      /input 'certificate-identity-regexp'/,
    );
    // A complete pattern is anchored: it must match the whole SAN.
    const partial = await cliJson([
      cleanArtifact,
      '--bundle',
      foreign,
      '--certificate-identity-regexp',
      'https://github\\.com/evil-org',
      '--trusted-root',
      f.stack.trustedRootPath,
    ]);
    expectRejected(partial, 'IDENTITY_MISMATCH');
  });
});

describe('empty allow-lists', () => {
  it('--allowed-agents "," (flag or input) is an error naming it, as an empty list in a policy file is', async () => {
    const { clean } = f.releases;
    for (const value of [',', ' ', '']) {
      const r = await cli([clean.artifact, '--bundle', clean.bundle, ...pinned(), '--allowed-agents', value]);
      expectUsageError(r, /--allowed-agents is an empty list/);
    }
    expectActionError(
      await action({
        'subject-path': cleanArtifact,
        'bundle-path': path.relative(f.root, clean.bundle),
        ...pinnedInputs(),
        'allowed-agents': ',',
      }),
      /input 'allowed-agents' is an empty list/,
    );
    const file = path.join(dir, 'empty-list.yml');
    await writeFile(file, 'version: 1\nagents:\n  allowed-agents: []\n');
    expectUsageError(
      await cli([clean.artifact, '--bundle', clean.bundle, ...pinned(), '--policy', file]),
      /allowed-agents.*at least 1 item/,
    );
  });
});

describe('--signer-repo', () => {
  it('matches the repository segment exactly, never a prefix of the SAN', async () => {
    const digest = sha256(await readFile(f.releases.clean.artifact));
    const nested = 'octo-org/octo-repo/evil/.github/workflows/release.yml@refs/heads/main';
    const bundles = [
      await signStatement('nested-repo', provenance(digest), { job_workflow_ref: nested }),
      await signStatement('look-alike', provenance(digest), { repository: 'octo-org/octo-repo-evil' }),
    ];
    for (const bundle of bundles) {
      const args = ['--signer-repo', 'octo-org/octo-repo', '--trusted-root', f.stack.trustedRootPath];
      expectRejected(await cliJson([cleanArtifact, '--bundle', bundle, ...args]), 'IDENTITY_MISMATCH');
      expectActionRejected(
        await action({
          'subject-path': cleanArtifact,
          'bundle-path': bundle,
          'signer-repo': 'octo-org/octo-repo',
          'trusted-root': f.stack.trustedRootPath,
        }),
        'IDENTITY_MISMATCH',
      );
    }
  });
});

describe('inconsistent predicates fail every content rule with PREDICATE_INVALID', () => {
  const cases: [string, (s: Record<string, Json>) => void, string[]][] = [
    [
      'one commit listed twice, first as another agent',
      (s) => {
        const dep = agentDep(s);
        const twin = structuredClone(dep);
        twin.annotations.agents[0].id = 'devin';
        const deps = s.predicate.buildDefinition.resolvedDependencies as Json[];
        deps.splice(deps.indexOf(dep), 0, twin);
      },
      ['--denied-agents', 'devin'],
    ],
    [
      'agents given as an object',
      (s) => {
        const dep = agentDep(s);
        dep.annotations.agents = { 0: dep.annotations.agents[0] };
      },
      ['--denied-agents', 'claude-code'],
    ],
    [
      'range.commits contradicting totals',
      (s) => {
        s.predicate[EXT].range.commits = 1000;
      },
      ['--max-agent-share', '0.5'],
    ],
  ];

  for (const [name, edit, rule] of cases) {
    it(name, async () => {
      const bundle = await signStatement(name.replace(/\W+/g, '-'), editedClean(edit));
      const r = await cliJson([cleanArtifact, '--bundle', bundle, ...pinned(), ...rule]);
      expectRejected(r, 'PREDICATE_INVALID');
      const a = await action({
        'subject-path': cleanArtifact,
        'bundle-path': bundle,
        ...pinnedInputs(),
        [rule[0]!.slice(2)]: rule[1]!,
      });
      expectActionRejected(a, 'PREDICATE_INVALID');
    });
  }
});

describe('globs and newlines', () => {
  it('a model id with a newline does not escape --denied-models', async () => {
    const bundle = await signStatement(
      'model-newline',
      editedClean((s) => {
        agentDep(s).annotations.agents[0].model = 'anthropic/claude-opus-4-5\nharmless';
        s.predicate[EXT].totals.byModel = { 'anthropic/claude-opus-4-5\nharmless': { commits: 1 } };
      }),
    );
    expectRejected(
      await cliJson([cleanArtifact, '--bundle', bundle, ...pinned(), '--denied-models', 'claude-opus-*']),
      'models.denied',
    );
    expectActionRejected(
      await action({
        'subject-path': cleanArtifact,
        'bundle-path': bundle,
        ...pinnedInputs(),
        'denied-models': 'claude-opus-*',
      }),
      'models.denied',
    );
  });
});

describe('bundle version downgrade', () => {
  it('a v0.3 bundle stripped of its inclusion proof and relabelled v0.1 or v0.2 is refused unless legacy bundles are asked for', async () => {
    const original = JSON.parse(await readFile(f.releases.clean.bundle, 'utf8'));
    for (const [name, mediaType, code] of [
      ['v01', 'application/vnd.dev.sigstore.bundle+json;version=0.1', 'LEGACY_BUNDLE'],
      ['v02', 'application/vnd.dev.sigstore.bundle+json;version=0.2', 'LEGACY_BUNDLE'],
      ['v03', original.mediaType, 'BUNDLE_INVALID'],
    ] as const) {
      const downgraded = structuredClone(original);
      downgraded.mediaType = mediaType;
      delete downgraded.verificationMaterial.tlogEntries[0].inclusionProof;
      const bundle = await bundleOn(f.stack, `downgraded-${name}`, downgraded);
      expectRejected(await cliJson([cleanArtifact, '--bundle', bundle, ...pinned()]), code);
      expectActionRejected(
        await action({ 'subject-path': cleanArtifact, 'bundle-path': bundle, ...pinnedInputs() }),
        code,
      );
      if (code === 'LEGACY_BUNDLE') {
        // Even with legacy bundles asked for, the relabelling shows: its single `certificate` is a v0.3 field.
        const legacy = await cliJson([
          cleanArtifact,
          '--bundle',
          bundle,
          ...pinned(),
          '--allow-legacy-bundles',
        ]);
        expectRejected(legacy, 'BUNDLE_INVALID');
        expect(JSON.stringify(legacy.doc)).toContain('relabelled');
      }
    }
  });
});

// ── reasons a user can act on ───────────────────────────────────────────────────────────────────

describe('typed reasons', () => {
  it('a tampered signature and a foreign trusted root get different codes; @sigstore/verify’s code is kept', async () => {
    const original = JSON.parse(await readFile(f.releases.clean.bundle, 'utf8'));
    // One bit of the signature (the timestamp, which covers it, fails first) and one of the payload (the log
    // entry, which records its hash, fails first): both are a signature that does not cover the content.
    const flipped = structuredClone(original);
    const sig = Buffer.from(flipped.dsseEnvelope.signatures[0].sig, 'base64');
    sig[sig.length - 3] = sig[sig.length - 3]! ^ 0x01;
    flipped.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    const tampered = structuredClone(original);
    const payload = Buffer.from(tampered.dsseEnvelope.payload, 'base64');
    const at = payload.indexOf('clean.tgz');
    payload[at] = payload[at]! ^ 0x01;
    tampered.dsseEnvelope.payload = payload.toString('base64');
    const tamperedFile = await bundleOn(f.stack, 'tampered', tampered);
    for (const [bundle, sigstoreCode] of [
      [await bundleOn(f.stack, 'flipped', flipped), 'TIMESTAMP_ERROR'],
      [tamperedFile, 'TLOG_BODY_ERROR'],
    ] as const) {
      const t = await cliJson([cleanArtifact, '--bundle', bundle, ...pinned()]);
      expect(t.code).toBe(1);
      expect(t.doc.artifacts[0].failures[0]).toMatchObject({ code: 'SIGNATURE_INVALID', sigstoreCode });
    }
    const foreign = await cliJson([
      cleanArtifact,
      '--bundle',
      path.relative(f.root, f.releases.clean.bundle),
      '--signer-workflow',
      WORKFLOW,
      '--trusted-root',
      other.trustedRootPath,
    ]);
    expect(foreign.code).toBe(1);
    expect(foreign.doc.artifacts[0].failures[0].code).toBe('CERTIFICATE_UNTRUSTED');

    const a = await action({ 'subject-path': cleanArtifact, 'bundle-path': tamperedFile, ...pinnedInputs() });
    expectActionRejected(a, 'SIGNATURE_INVALID');
  });

  it('errors name the option as typed: the CLI flag, the action input', async () => {
    const bad = 'octo-org/octo-repo/release.yml';
    const c = await cli([cleanArtifact, '--bundle', 'x.json', '--signer-workflow', bad]);
    expectUsageError(c, /^agent-attest verify: --signer-workflow "octo-org/);
    const a = await action({
      'subject-path': cleanArtifact,
      'signer-workflow': bad,
      'bundle-path': 'clean/*.json',
    });
    expectActionError(a, /input 'signer-workflow' "octo-org/);
    expect(a.errors[0]).not.toContain('--signer-workflow');
  });

  it('text output: the decision first, then what passed (signature) and what failed (policy)', async () => {
    const { hook } = f.releases;
    const r = await cli([hook.artifact, '--bundle', hook.bundle, ...pinned(), '--deny-executable-surfaces']);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^FAIL {2}signature: all 1 artifact\(s\) verified; policy: 1 rule failure/);
    expect(lines.findIndex((l) => /^ {2}signature ✓/.test(l))).toBeGreaterThan(0);
    expect(lines.findIndex((l) => /^ {2}policy +✗/.test(l))).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/^PASS/m);
  });
});

// ── hostile input ───────────────────────────────────────────────────────────────────────────────

describe('hostile input: non-regular files are refused before reading', () => {
  let fifo: string;
  let socketPath: string;
  let closeSocket: () => void;
  beforeAll(async () => {
    fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    socketPath = path.join(dir, 'sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    closeSocket = () => server.close();
  });
  afterAll(() => closeSocket?.());

  it('as --bundle, --policy, --trusted-root and artifact: exit 2, one line, in time and bounded memory', async () => {
    const { clean } = f.releases;
    const good = (over: Record<string, string>) => {
      const args = {
        artifact: clean.artifact,
        '--bundle': clean.bundle,
        '--trusted-root': f.stack.trustedRootPath,
        ...over,
      };
      const { artifact, ...flags } = args;
      return [artifact, ...Object.entries(flags).flat(), '--signer-workflow', WORKFLOW];
    };
    for (const hostile of ['/dev/zero', fifo, socketPath, dir]) {
      for (const where of ['--bundle', '--trusted-root', 'artifact', '--policy']) {
        const r = await cli(good({ [where]: hostile }), { timeoutMs: 20_000, maxRssMb: 96 });
        expectUsageError(r, /not a regular file|is a directory/);
      }
    }
  }, 180_000);

  it('in the action too', async () => {
    const bundle = path.relative(f.root, f.releases.clean.bundle);
    for (const [input, value] of [
      ['policy', '/dev/zero'],
      ['policy', dir],
      ['trusted-root', fifo],
      ['bundle-path', 'attacks/fifo'],
    ]) {
      const r = await action(
        { 'subject-path': cleanArtifact, 'bundle-path': bundle, ...pinnedInputs(), [input!]: value! },
        { timeoutMs: 20_000, maxRssMb: 96 },
      );
      expectActionError(r, /not a regular file|is a directory/);
    }
  });
});

describe('hostile input: repeated evidence', () => {
  it('1,000 copies of one RFC 3161 timestamp (and log entry) cost one verification; 1,000 distinct ones are refused', async () => {
    const original = JSON.parse(await readFile(f.releases.clean.bundle, 'utf8'));
    const copies = structuredClone(original);
    const ts = copies.verificationMaterial.timestampVerificationData.rfc3161Timestamps;
    copies.verificationMaterial.timestampVerificationData.rfc3161Timestamps = Array(1000).fill(ts[0]);
    copies.verificationMaterial.tlogEntries = Array(1000).fill(copies.verificationMaterial.tlogEntries[0]);
    const copied = await bundleOn(f.stack, 'timestamp-copies', copies);
    const r = await cli([cleanArtifact, '--bundle', copied, ...pinned()], { timeoutMs: 10_000 });
    expect(r.timedOut).toBe(false);
    expect(r.code, r.stdout + r.stderr).toBe(0);

    const distinct = structuredClone(original);
    distinct.verificationMaterial.timestampVerificationData.rfc3161Timestamps = Array.from(
      { length: 1000 },
      (_, i) => ({ signedTimestamp: Buffer.from(`not a timestamp ${i}`).toString('base64') }),
    );
    const refused = await cliJson([
      cleanArtifact,
      '--bundle',
      await bundleOn(f.stack, 'ts-distinct', distinct),
      ...pinned(),
    ]);
    expect(refused.timedOut).toBe(false);
    expectRejected(refused, 'BUNDLE_INVALID');
    expect(JSON.stringify(refused.doc)).toContain('at most 16');
  });
});

describe('hostile input: untrusted digest keys', () => {
  it('subject digest keys such as constructor and __proto__ never crash, alone or beside a valid bundle', async () => {
    const digest = sha256(await readFile(f.releases.clean.artifact));
    // JSON text, so `__proto__` is a real key (JSON.stringify of an object literal would drop it).
    const text = `{"_type":"https://in-toto.io/Statement/v1","subject":[{"name":"x","digest":{"constructor":"abc","__proto__":"def","toString":"${digest}","hasOwnProperty":"x"}}],"predicateType":"https://slsa.dev/provenance/v1","predicate":{}}`;
    const weird = await signStatement('proto-keys', text);
    const alone = await cliJson([cleanArtifact, '--bundle', weird, ...pinned()]);
    expect(alone.stderr).not.toContain('unexpected error');
    expectRejected(alone, 'SUBJECT_MISMATCH');
    const beside = await cli([
      cleanArtifact,
      '--bundle',
      weird,
      '--bundle',
      path.relative(f.root, f.releases.clean.bundle),
      ...pinned(),
    ]);
    expect(beside.code, beside.stdout + beside.stderr).toBe(0);
    const a = await action({ 'subject-path': cleanArtifact, 'bundle-path': weird, ...pinnedInputs() });
    expectActionRejected(a, 'SUBJECT_MISMATCH');
    expect(a.stdout).not.toContain('unexpected error');
  });
});

describe('hostile input: a 100 MB JSONL', () => {
  it('streams in flat memory: 100 MB of non-bundles and one bundle, verified under a 64 MB heap', async () => {
    const file = path.join(dir, 'big.jsonl');
    const pad = 'x'.repeat(64 * 1024);
    const junk = Buffer.from(`{"mediaType":"application/json","pad":"${pad}"}\n`.repeat(25));
    const { createWriteStream } = await import('node:fs');
    const out = createWriteStream(file);
    let written = 0;
    while (written < 100 * 1024 * 1024) {
      if (!out.write(junk)) await new Promise<void>((r) => out.once('drain', () => r()));
      written += junk.length;
    }
    out.write(`${(await readFile(f.releases.clean.bundle, 'utf8')).trim()}\n`);
    await new Promise<void>((r) => out.end(() => r()));
    const r = await cliJson([cleanArtifact, '--bundle', file, ...pinned()].concat([]));
    expect(r.code, r.stderr).toBe(0);
    const lean = await cli([cleanArtifact, '--bundle', file, ...pinned()], {
      maxRssMb: 64,
      timeoutMs: 60_000,
    });
    expect(lean.timedOut).toBe(false);
    expect(lean.code, lean.stderr).toBe(0);
    expect(lean.stderr).toBe(''); // no progress on a pipe
  }, 120_000);
});
