/**
 * `agent-attest verify` (and the conformance suite's `verify-bundle`): argv → GateOptions → runGate
 * (src/core/gate: verify, policy, online review recheck, lookup by digest) → text or the JSON document.
 * A plain `verify` imports the verifier only; the gate imports policy and GitHub modules when a flag needs them.
 */
import { readEnvironment } from '../../core/config.js';
import { AgentAttestError } from '../../core/errors.js';
import {
  errorDocument,
  gateDocument,
  gateError,
  REPORT_VERSION,
  runGate,
  type BundleJudgement,
  type GateResult,
} from '../../core/gate/index.js';
import {
  GATE_OPTIONS,
  IDENTITY_OPTIONS,
  RULE_OPTIONS,
  type IdentityOptionKey,
  type OptionKey,
  type OptionSpec,
  type RuleOptionKey,
} from '../../core/gate/options.js';
import { oneLine } from '../../core/markdown.js';
import { PINNING_KEYS } from '../../core/verify/identity.js';
import { describeRoot } from '../../core/trust/describe.js';
import type { Decision } from '../../core/policy/index.js';
import { parseArtifactArgument, type VerifiedBundle, type VerifyProgress } from '../../core/verify/index.js';
import { parseCommandArgs } from '../args.js';
import {
  count,
  paint,
  paintMark,
  printable,
  progressLine,
  stderrLogger,
  type CliIO,
  type Tone,
} from '../io.js';

/** Version of the `--format json` document (docs/verify.md). */
export { REPORT_VERSION };

const USAGE = `usage: agent-attest verify ARTIFACT|sha256:HEX|oci://IMAGE... [--bundle FILE] [options]

Verifies Sigstore bundles for artifacts: signature, certificate chain, log entries and timestamps
against a trusted root (kept current over TUF, checked at most once a day); the signer from the
certificate; the in-toto statement's predicate type and subject digest. Each artifact passes when at
least one bundle verifies for it. Then every verified statement must pass the policy (if given) and,
with --online, still name the reviews GitHub holds.
ARTIFACT is a file; sha256:HEX (sha384:, sha512:) is a digest (write ./sha256:… for a file so named).

  oci://REGISTRY/REPOSITORY@sha256:HEX, oci://REGISTRY/REPOSITORY:TAG
                                      an image: a tag is resolved to its digest first, and the digest is
                                      what is verified and reported; credentials from DOCKER_CONFIG or
                                      ~/.docker/config.json (credential helpers included)
  --bundle FILE                       bundle (JSON, JSONL, {"bundle": …} lines); repeatable. Without it,
                                      an image's bundles are its referrers in its registry (referrers API
                                      and sha256-<digest> tag); a file's are looked up by digest in the
                                      attestations of --repository (or --owner) on GitHub
  --allow-insecure-registry           plain HTTP to a registry that is not loopback
  --trusted-root FILE|public-good|github
                                      default: the instance each bundle's certificate comes from
                                      (public-good, or GitHub's), kept current over TUF; a FILE is
                                      used as given and never refreshed
  --offline                           no network: the newest cached root, else the one shipped
                                      (also AGENT_ATTEST_OFFLINE=1)
  --require-fresh-root                fail (exit 2) unless the TUF repository confirmed the root
                                      within the last day
  --tuf-url URL --tuf-root FILE       take the trusted root from this TUF repository instead
                                      (a private instance, the devstack), starting from FILE
  --predicate-type URI                default: https://slsa.dev/provenance/v1
  --allow-legacy-bundles              accept v0.1 bundles (and v0.2 without an inclusion proof)
  --allow-message-signatures          accept plain signatures of the artifacts (no statement; not with a
                                      predicate type, policy, rule flags or --online)
signer (one or more of the ${PINNING_KEYS.length} options on the next five lines, or --allow-any-identity):
  --signer-workflow [HOST/]OWNER/REPO/.github/workflows/FILE.yml[@REF]
  --signer-repo [HOST/]OWNER/REPO     repository of the signing workflow
  --repository [HOST/]OWNER/REPO      repository whose run signed; --repository-id N
  --owner [HOST/]OWNER                its owner; --owner-id N
  --certificate-identity SAN          exact;  --certificate-identity-regexp RE (anchored)
  --certificate-oidc-issuer URL       default: https://token.actions.githubusercontent.com
  --source-ref REF  --source-digest SHA  --signer-digest SHA  --deny-self-hosted-runners
  --allow-any-identity                accept any signer the trusted root vouches for
  --key FILE                          verify key-signed bundles with a PEM public key
policy (a file, or the rule flags — not both; docs/policy.md):
  --policy FILE                       YAML policy file
  --require-human-review  --require-commit-tags  --allowed-agents A,B  --denied-agents A,B
  --allowed-models GLOB,…  --denied-models GLOB,…  --min-evidence-strength verified|declared|inferred
  --max-agent-share N (0..1 or 40%)   --min-approvals N   --max-age 30d|12h|90m
  --unknown allow|count-as-agent|deny (commits without agent evidence)
  --executable-surfaces deny|review|allow (AI config changes that can execute: EXEC, MCP, ENV, PERM)
  --deny-executable-surfaces          the same as --executable-surfaces deny
GitHub (token from GITHUB_TOKEN or GH_TOKEN; optional for public repositories):
  --online                            fetch the attested reviews again; changed or vanished ones fail
  --github-api-url URL                default: GITHUB_API_URL, else https://api.github.com
  --format text|json                  default: text
exit: 0 pass, 1 verification or policy failed, 2 bad usage or input`;

/** The parser's options: every gate option with a CLI flag (src/core/gate/options.ts), plus the CLI's own. */
const OPTIONS = {
  ...Object.fromEntries(
    Object.values(GATE_OPTIONS as Record<string, OptionSpec>).flatMap((o) =>
      o.flag === null
        ? []
        : [[o.flag, { type: o.type === 'boolean' ? 'boolean' : 'string', multiple: o.flag === 'bundle' }]],
    ),
  ),
  staging: { type: 'boolean' },
  format: { type: 'string' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

type Values = Record<string, string | boolean | string[] | undefined>;

/** The values of the table's options whose keys are in `keys`, by key (flags absent stay undefined). */
function byKey<K extends OptionKey>(v: Values, keys: readonly K[]): Record<K, never> {
  return Object.fromEntries(
    keys.map((k) => {
      const flag = (GATE_OPTIONS[k] as OptionSpec).flag;
      return [k, flag === null ? undefined : v[flag]];
    }),
  ) as Record<K, never>;
}

/**
 * `invokedAs` is `verify-bundle` for the Sigstore conformance suite's protocol: a client-spec verifier, which
 * accepts plain (message) signatures and legacy bundles as every Sigstore client does.
 */
export async function run(argv: string[], io: CliIO, invokedAs = 'verify'): Promise<number> {
  const json =
    argv.includes('--format=json') || argv.some((a, i) => a === '--format' && argv[i + 1] === 'json');
  const conformance = invokedAs === 'verify-bundle';
  const progress = progressLine(io);
  try {
    const { values, positionals } = parseCommandArgs(invokedAs, argv, OPTIONS);
    const v = values as Values & { format?: string; staging?: boolean; verbose?: boolean; help?: boolean };
    if (v.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (v.format !== undefined && v.format !== 'text' && v.format !== 'json') {
      throw new AgentAttestError(
        'USAGE',
        `--format ${JSON.stringify(v.format)} is not text or json; pass --format text or --format json.`,
      );
    }
    if (v.staging && v['trusted-root'] === undefined && v['tuf-url'] === undefined) {
      throw new AgentAttestError(
        'USAGE',
        "--staging needs --trusted-root FILE: this verifier does not know the staging instance's TUF repository; pass the staging trusted_root.json (or --tuf-url URL --tuf-root FILE).",
      );
    }
    progress.update('verifying…');
    const result = await runGate(
      {
        artifacts: positionals.map(parseArtifactArgument),
        bundlePaths: (v.bundle as string[] | undefined) ?? [],
        trustedRoot: v['trusted-root'] as string | undefined,
        offline: v.offline as boolean | undefined,
        requireFreshRoot: v['require-fresh-root'] as boolean | undefined,
        tufUrl: v['tuf-url'] as string | undefined,
        tufRoot: v['tuf-root'] as string | undefined,
        identity: byKey(v, Object.keys(IDENTITY_OPTIONS) as IdentityOptionKey[]),
        predicateType: v['predicate-type'] as string | undefined,
        allowMessageSignatures: conformance || (v['allow-message-signatures'] as boolean | undefined),
        allowLegacyBundles: conformance || (v['allow-legacy-bundles'] as boolean | undefined),
        publicKeyPath: v.key as string | undefined,
        policyFile: v.policy as string | undefined,
        rules: byKey(v, Object.keys(RULE_OPTIONS) as RuleOptionKey[]),
        online: v.online as boolean | undefined,
        githubApiUrl: v['github-api-url'] as string | undefined,
        allowInsecureRegistry: v['allow-insecure-registry'] as boolean | undefined,
        onProgress: (p) => progress.update(verifyStatus(p)),
      },
      { logger: stderrLogger(progress.io, v.verbose), env: readEnvironment() },
    );
    progress.clear();
    if (json) {
      io.stdout(`${JSON.stringify(gateDocument(result), null, 2)}\n`);
    } else {
      const render =
        result.judgements.size > 0
          ? (await import('../../core/policy/render.js')).renderDecisionText
          : undefined;
      const style: Style = {
        tone: (t, text) => paint(io, 'stdout', t, text),
        mark: (line) => paintMark(io, 'stdout', line),
      };
      io.stdout(formatText(result, v.verbose ?? false, style, render));
    }
    return result.pass ? 0 : 1;
  } catch (e) {
    progress.clear();
    const error = gateError(e);
    io.stderr(`${paint(io, 'stderr', 'error', `agent-attest ${invokedAs}:`)} ${oneLine(error.message)}\n`);
    if (json) io.stdout(`${JSON.stringify(errorDocument(error), null, 2)}\n`);
    return error.exitCode;
  }
}

/** The conformance suite's entry point (`agent-attest verify-bundle`). */
export const verifyBundle = { run: (argv: string[], io: CliIO) => run(argv, io, 'verify-bundle') };

const clean = printable;

/**
 * Text: the decision first, then per artifact what passed and what failed — its signature (each bundle that
 * verified it, or why each did not) and, under each verified bundle, the policy's decision and rules.
 */
function formatText(
  { report, judgements, reasons }: GateResult,
  verbose: boolean,
  { tone, mark }: Style,
  render?: RenderText,
): string {
  const ok = tone('pass', '✓');
  const bad = tone('fail', '✗');
  const lines: string[] = [decisionLine(report, judgements, reasons.length, tone)];
  for (const a of report.artifacts) {
    const digest = Object.entries(a.digests)[0];
    // An image's name already holds its digest; a tag given is shown as what it named at verification time.
    const tag = a.image?.tag ? `  (tag ${clean(a.image.tag)} now)` : '';
    lines.push(
      a.image ? `${clean(a.name)}${tag}` : `${clean(a.name)}${digest ? `  ${digest[0]}:${digest[1]}` : ''}`,
    );
    for (const v of a.verified) {
      lines.push(`  signature ${ok}  ${source(v.bundle)}: ${describeSigner(v)}`);
      const j = judgements.get(v);
      if (j && render) {
        const [head, ...rules] = decisionLines(j, render);
        lines.push(
          `  policy    ${j.display.pass ? ok : bad}  ${head}`,
          ...rules.map((l) => `    ${mark(l)}`),
        );
      }
    }
    if (!a.ok || verbose) {
      for (const f of a.failures)
        lines.push(`  signature ${bad}  ${source(f.bundle)}: ${f.code}: ${clean(f.reason)}`);
      if (a.failuresOmitted)
        lines.push(
          `  … and ${a.failuresOmitted} more bundle(s) that do not verify it (--format json lists the first)`,
        );
      if (!a.ok && a.failures.length === 0) lines.push(`  signature ${bad}  no bundle`);
    }
  }
  // Which roots, from where and how old: what every signature above rests on.
  const now = new Date();
  for (const root of report.roots) lines.push(`trusted root ${clean(describeRoot(root, now))}`);
  return `${lines.join('\n')}\n`;
}

/** The gate's decision in one line: PASS or FAIL, and which part failed. */
function decisionLine(
  report: GateResult['report'],
  judgements: GateResult['judgements'],
  reasons: number,
  tone: (t: Tone, text: string) => string,
): string {
  const total = report.artifacts.length;
  const unverified = report.artifacts.filter((a) => !a.ok).length;
  const ruleFailures = [...judgements.values()].reduce(
    (n, j) => n + j.display.rules.filter((r) => r.status === 'fail').length,
    0,
  );
  const policy = judgements.size > 0;
  if (reasons === 0)
    return `${tone('pass', 'PASS')}  ${total} artifact(s): signature verified, signed by the expected signer${policy ? ', policy passed' : ''} (trusted root: ${report.trustedRoots.join(', ')})`;
  const parts: string[] = [];
  if (unverified > 0)
    parts.push(`signature: ${unverified} of ${total} artifact(s) have no bundle that verifies`);
  else parts.push(`signature: all ${total} artifact(s) verified`);
  if (ruleFailures > 0) parts.push(`policy: ${ruleFailures} rule failure(s)`);
  return `${tone('fail', 'FAIL')}  ${parts.join('; ')}`;
}

/** Colour for stdout, or none (io.ts decides). */
interface Style {
  tone: (t: Tone, text: string) => string;
  mark: (line: string) => string;
}

type RenderText = (d: Decision, loaded?: { name: string; sha256: string }) => string;

/** The decision and every rule line (the policy renderer's text, which strips control characters). */
function decisionLines(j: BundleJudgement, render: RenderText): string[] {
  const loaded = j.policy ? { name: j.policy.policy.name, sha256: j.policy.policy.sha256 } : undefined;
  return render(j.display, loaded).trimEnd().split('\n');
}

function source(b: { path: string; index: number }): string {
  return `${clean(b.path)}#${b.index}`;
}

function describeSigner(v: VerifiedBundle): string {
  const s = v.signer;
  const time = v.timestamps[0]?.time;
  const parts = [s ? `signed by ${s.subjectAlternativeName ?? '(no SAN)'}` : 'signed with the given key'];
  if (s?.sourceRepositoryURI)
    parts.push(
      `source ${s.sourceRepositoryURI}@${s.sourceRepositoryRef ?? '?'} ${s.sourceRepositoryDigest?.slice(0, 12) ?? ''}`.trim(),
    );
  if (time) parts.push(`at ${time}`);
  parts.push(`root ${v.trustedRoot}${v.instance !== v.trustedRoot ? ` (${v.instance} instance)` : ''}`);
  return clean(parts.join(', '));
}

/** The status line while bundles are read: how many, and how far through the files. */
function verifyStatus(p: VerifyProgress): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  const of = p.totalBytes > 0 ? `, ${mb(p.bytes)} of ${mb(p.totalBytes)} MB` : '';
  return `verifying… ${count(p.bundles)} bundles${of}`;
}
