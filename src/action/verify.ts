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
import { imageName, isOciArgument, parseImageReference } from '../core/oci/reference.js';
import {
  errorDocument,
  gateDocument,
  gateError,
  REPORT_VERSION,
  runGate,
  type GateResult,
  type OptionNames,
} from '../core/gate/index.js';
import type { PolicyInputs } from '../core/policy/index.js';
import type { IdentityPolicy } from '../core/verify/index.js';
import { githubTrustedRoot } from './github-root.js';
import { actionLogger, booleanInput, listInput, runAction, stringInput } from './runtime.js';
import { verifySummary } from './verify-summary.js';

/** Version of the result document (the CLI's `--format json`, docs/verify.md). */
export { REPORT_VERSION };

export interface VerifyActionInputs {
  /** Files (globs expanded) and `sha256:HEX` digests. */
  artifacts: string[];
  /** Bundle files (globs expanded); empty: look the attestations up on GitHub. */
  bundlePaths: string[];
  trustedRoot?: string;
  identity: IdentityPolicy;
  predicateType?: string;
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

/** Every input, read once, validated, into one typed object. */
export async function readVerifyInputs(): Promise<VerifyActionInputs> {
  const paths = await expand('subject-path', listInput('subject-path', { commas: false }));
  const digests = listInput('subject-digest');
  const images = imageInputs(stringInput('subject-name'), digests, listInput('subject-image'));
  const bundlePaths = await expand('bundle-path', listInput('bundle-path', { commas: false }));
  return {
    artifacts: [...paths, ...(images.named ? [] : digests), ...images.references],
    bundlePaths,
    trustedRoot: stringInput('trusted-root'),
    identity: {
      signerWorkflow: stringInput('signer-workflow'),
      signerRepo: stringInput('signer-repo'),
      certificateIdentity: stringInput('certificate-identity'),
      certificateIdentityRegExp: stringInput('certificate-identity-regexp'),
      oidcIssuer: stringInput('certificate-oidc-issuer'),
      repository: stringInput('repository'),
      repositoryId: stringInput('repository-id'),
      owner: stringInput('owner'),
      ownerId: stringInput('owner-id'),
      sourceRef: stringInput('source-ref'),
      sourceDigest: stringInput('source-digest'),
      signerDigest: stringInput('signer-digest'),
      denySelfHostedRunners: booleanInput('deny-self-hosted-runners', false),
    },
    predicateType: stringInput('predicate-type'),
    policyFile: stringInput('policy'),
    rules: {
      requireHumanReview: booleanInput('require-human-review', false),
      allowedAgents: listInput('allowed-agents'),
      deniedAgents: listInput('denied-agents'),
      allowedModels: listInput('allowed-models'),
      deniedModels: listInput('denied-models'),
      minEvidenceStrength: stringInput('min-evidence-strength'),
      maxAgentShare: stringInput('max-agent-share'),
      minApprovals: stringInput('min-approvals'),
      unknown: stringInput('unknown'),
      denyExecutableSurfaces: booleanInput('deny-executable-surfaces', false),
      executableSurfaces: stringInput('executable-surfaces'),
      maxAge: stringInput('max-age'),
    },
    online: booleanInput('online', false),
    showSummary: booleanInput('show-summary', true),
    githubToken: stringInput('github-token'),
    allowInsecureRegistry: booleanInput('allow-insecure-registry', false),
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

/** The action's input names, for the gate's messages. */
const INPUT_NAMES: OptionNames = {
  verb: 'set',
  artifact: "input 'subject-path', 'subject-digest' or 'subject-image'",
  bundle: "input 'bundle-path'",
  repository: "input 'repository'",
  owner: "input 'owner'",
  policy: "input 'policy'",
  rules: 'the rule inputs',
  rule: (name) => `'${name}'`,
};

/** The gate with the action's inputs; lookups default to the workflow's own repository. */
export function verifyGate(inputs: VerifyActionInputs, env: RuntimeEnvironment): Promise<GateResult> {
  return runGate(
    {
      artifacts: inputs.artifacts,
      bundlePaths: inputs.bundlePaths,
      trustedRoot: inputs.trustedRoot,
      identity: inputs.identity,
      predicateType: inputs.predicateType,
      policyFile: inputs.policyFile,
      rules: inputs.rules,
      online: inputs.online,
      defaultRepository: env.repository,
      githubToken: inputs.githubToken,
      names: INPUT_NAMES,
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
    if (inputs.trustedRoot === 'github') {
      inputs.trustedRoot = await githubTrustedRoot(env.runnerTemp ?? tmpdir(), inputs.githubToken);
      core.info(`GitHub's trusted roots from \`gh attestation trusted-root\` in ${inputs.trustedRoot}`);
    }
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
