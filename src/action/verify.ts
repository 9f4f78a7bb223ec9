/**
 * The verify action (the deploy gate): inputs (read once) → GateOptions → runGate (src/core/gate, the same
 * gate as `agent-attest verify`) → outputs `result` and `result-path` (the CLI's `--format json` document),
 * a job summary, and core.setFailed with one line when the gate fails.
 *
 * `@actions/github` is not imported: it reads the environment at import time.
 */
import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEnvironment, type RuntimeEnvironment } from '../core/config.js';
import { AgentAttestError } from '../core/errors.js';
import { oneLine } from '../core/markdown.js';
import { describeRoot } from '../core/trust/describe.js';
import { imageName, isOciArgument, parseImageReference } from '../core/oci/reference.js';
import {
  errorDocument,
  gateDocument,
  gateError,
  REPORT_VERSION,
  runGate,
  type GateResult,
} from '../core/gate/index.js';
import {
  ACTION_NAMES,
  GATE_OPTIONS,
  IDENTITY_OPTIONS,
  RULE_OPTIONS,
  type IdentityOptionKey,
  type OptionKey,
  type OptionSpec,
  type RuleOptionKey,
} from '../core/gate/options.js';
import type { PolicyInputs } from '../core/policy/index.js';
import { parseDigestArgument, type ArtifactSpec, type IdentityPolicy } from '../core/verify/index.js';
import { actionLogger, booleanInput, listInput, runAction, stringInput } from './runtime.js';
import { verifySummary } from './verify-summary.js';

/** Version of the result document (the CLI's `--format json`, docs/verify.md). */
export { REPORT_VERSION };

export interface VerifyActionInputs {
  /** Files from `subject-path` (globs expanded: always files), digests from `subject-digest`, images. */
  artifacts: ArtifactSpec[];
  /** Bundle files (globs expanded); empty: look the attestations up on GitHub. */
  bundlePaths: string[];
  trustedRoot?: string;
  /** No network: the newest cached root, else the shipped one. */
  offline: boolean;
  /** A root its TUF repository did not confirm in the last day fails the step. */
  requireFreshRoot: boolean;
  identity: IdentityPolicy;
  predicateType?: string;
  allowLegacyBundles: boolean;
  policyFile?: string;
  rules: PolicyInputs;
  online: boolean;
  showSummary: boolean;
  githubToken?: string;
  allowInsecureRegistry: boolean;
}

/**
 * Images: `subject-image` lines (REGISTRY/REPOSITORY@sha256:…, or :TAG, `oci://` optional), and
 * `subject-name` (an image name) with `subject-digest` — GitHub's pair for an image — as NAME@DIGEST.
 */
function imageInputs(
  name: string | undefined,
  digests: string[],
  images: string[],
): { references: string[]; named: boolean } {
  const references = images.map((i) => (isOciArgument(i) ? i : `oci://${i}`));
  if (name === undefined) return { references, named: false };
  if (digests.length === 0)
    throw new AgentAttestError(
      'INPUT_INVALID',
      "input 'subject-name' needs 'subject-digest': the image's sha256:HEX.",
    );
  const ref = parseImageReference(name, "input 'subject-name'");
  return {
    references: [...digests.map((d) => `oci://${imageName(ref)}@${d.trim()}`), ...references],
    named: true,
  };
}

/** The action's input for a table key (src/core/gate/options.ts). */
function inputName(key: OptionKey): string {
  const input = (GATE_OPTIONS[key] as OptionSpec).input;
  if (input === null) throw new Error(`option ${key} is not an input of the verify action`);
  return input;
}

/**
 * Each option of `keys` the action has, by key: booleans as booleans (empty = false), the rest as the raw
 * string (empty = not given), so the core parses lists and names the input in its errors.
 */
function inputsFor<K extends OptionKey>(keys: readonly K[]): Record<K, never> {
  const values: [K, unknown][] = [];
  for (const key of keys) {
    const spec = GATE_OPTIONS[key] as OptionSpec;
    if (spec.input === null) continue;
    values.push([key, spec.type === 'boolean' ? booleanInput(spec.input, false) : stringInput(spec.input)]);
  }
  return Object.fromEntries(values) as Record<K, never>;
}

/** Every input, read once, validated, into one typed object. */
export async function readVerifyInputs(): Promise<VerifyActionInputs> {
  const paths = await expand('subject-path', listInput(inputName('subjectPath'), { commas: false }));
  const rawDigests = listInput(inputName('subjectDigest'));
  const images = imageInputs(
    stringInput(inputName('subjectName')),
    rawDigests,
    listInput(inputName('subjectImage')),
  );
  // With subject-name, the digests name images; otherwise they are artifact digests.
  const digests = images.named
    ? []
    : rawDigests.map((d) => parseDigestArgument(d, `input '${inputName('subjectDigest')}' value`));
  const bundlePaths = await expand('bundle-path', listInput(inputName('bundle'), { commas: false }));
  return {
    // Paths are files whatever their names: a workspace file named `sha256:…` is hashed, never read as a digest.
    artifacts: [
      ...paths.map((p): ArtifactSpec => ({ kind: 'file', path: p })),
      ...digests,
      ...images.references.map((reference): ArtifactSpec => ({ kind: 'image', reference })),
    ],
    bundlePaths,
    trustedRoot: stringInput(inputName('trustedRoot')),
    offline: booleanInput(inputName('offline'), false),
    requireFreshRoot: booleanInput(inputName('requireFreshRoot'), false),
    identity: inputsFor(Object.keys(IDENTITY_OPTIONS) as IdentityOptionKey[]),
    predicateType: stringInput(inputName('predicateType')),
    allowLegacyBundles: booleanInput(inputName('allowLegacyBundles'), false),
    policyFile: stringInput(inputName('policy')),
    rules: inputsFor(Object.keys(RULE_OPTIONS) as RuleOptionKey[]),
    online: booleanInput(inputName('online'), false),
    showSummary: booleanInput('show-summary', true),
    githubToken: stringInput('github-token'),
    allowInsecureRegistry: booleanInput(inputName('allowInsecureRegistry'), false),
  };
}

/** Glob patterns → files; a pattern that matches no file is an error naming the input. */
async function expand(input: string, patterns: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const globber = await glob.create(pattern, { matchDirectories: false, implicitDescendants: false });
    const matched = (await globber.glob()).sort();
    if (matched.length === 0)
      throw new AgentAttestError(
        'INPUT_INVALID',
        `input '${input}' pattern '${pattern}' matched no file; check the path (relative to the workspace).`,
      );
    files.push(...matched.map((f) => path.relative(process.cwd(), f) || f));
  }
  return [...new Set(files)];
}

/** The gate with the action's inputs; lookups default to the workflow's own repository. */
export function verifyGate(inputs: VerifyActionInputs, env: RuntimeEnvironment): Promise<GateResult> {
  return runGate(
    {
      artifacts: inputs.artifacts,
      bundlePaths: inputs.bundlePaths,
      trustedRoot: inputs.trustedRoot,
      offline: inputs.offline,
      requireFreshRoot: inputs.requireFreshRoot,
      identity: inputs.identity,
      predicateType: inputs.predicateType,
      allowLegacyBundles: inputs.allowLegacyBundles,
      policyFile: inputs.policyFile,
      rules: inputs.rules,
      online: inputs.online,
      defaultRepository: env.repository,
      githubToken: inputs.githubToken,
      names: ACTION_NAMES,
      allowInsecureRegistry: inputs.allowInsecureRegistry,
    },
    { logger: actionLogger, env },
  );
}

async function main(): Promise<void> {
  const env = readEnvironment();
  const resultPath = path.join(env.runnerTemp ?? tmpdir(), `agent-attest-verify-${randomUUID()}.json`);
  const writeResult = async (doc: Record<string, unknown>, pass: boolean) => {
    await writeFile(resultPath, `${JSON.stringify(doc, null, 2)}\n`);
    core.setOutput('result', pass ? 'pass' : 'fail');
    core.setOutput('result-path', resultPath);
  };
  let inputs: VerifyActionInputs | undefined;
  let outcome: GateResult;
  try {
    inputs = await readVerifyInputs();
    outcome = await verifyGate(inputs, env);
  } catch (e) {
    // Every failure still leaves a result: `fail`, and the error in the result file.
    const error = gateError(e);
    await writeResult(errorDocument(error), false);
    if (inputs?.showSummary ?? true)
      await core.summary.addRaw(verifySummary({ error: error.message })).write();
    throw error;
  }
  if (outcome.lookup) core.info(`Found ${outcome.lookup.found} attestation(s) in ${outcome.lookup.source}.`);
  const now = new Date();
  for (const root of outcome.report.roots) core.info(`Trusted root ${describeRoot(root, now)}.`);
  await writeResult(gateDocument(outcome), outcome.pass);
  if (inputs.showSummary) await core.summary.addRaw(verifySummary(outcome)).write();
  const [first] = outcome.reasons;
  if (first !== undefined) {
    const more =
      outcome.reasons.length > 1 ? ` (and ${outcome.reasons.length - 1} more; see the job summary)` : '';
    // Reasons carry untrusted text: one line, no control characters, bounded.
    core.setFailed(`agent-attest verify failed: ${oneLine(first, 500)}${more}`);
  } else {
    core.info(`agent-attest verify: pass (${outcome.report.artifacts.length} artifact(s))`);
  }
}

await runAction(main);
