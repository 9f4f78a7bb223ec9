/**
 * The attest action: inputs (read once) → the same AttestOptions the CLI builds → attest() with the
 * release-facts hook (agent attribution, config surfaces, reviews) → store → outputs and job summary.
 */
import * as core from '@actions/core';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AttestOptions, AttestResult } from '../core/attest/index.js';
import { attest, pushFailure } from '../core/attest/index.js';
import { splitList } from '../core/subjects/index.js';
import type { RuntimeEnvironment } from '../core/config.js';
import { readEnvironment } from '../core/config.js';
import { AgentAttestError } from '../core/errors.js';
import type { ReleaseFactsOptions, ReviewsInput } from '../core/facts/index.js';
import { isGitRepository, releaseFactsCollector, REVIEW_SCOPES } from '../core/facts/index.js';
import { createGitHubClient } from '../core/github/client.js';
import { uploadAttestation } from '../core/github/attestations.js';
import { lazySbomHook } from '../core/report/sbom/hook.js';
import { signingAvailability } from '../core/github/signing.js';
import { attestSummary } from './summary.js';
import { actionLogger, booleanInput, listInput, runAction, stringInput } from './runtime.js';

export interface AttestActionInputs {
  attest: AttestOptions;
  facts: ReleaseFactsOptions;
  store: boolean;
  skipSigningOnFork: boolean;
  showSummary: boolean;
  /** Also a signed CycloneDX SBOM with the AI attribution (input `sbom`). */
  sbom: boolean;
  /** Write the HTML footprint report (input `html-report`) for a job artifact. */
  htmlReport: boolean;
  githubToken?: string;
}

/** Every input, read once, validated, into one typed object. */
export function readAttestInputs(env: RuntimeEnvironment): AttestActionInputs {
  const reviews = (stringInput('reviews') ?? 'agent-commits') as ReviewsInput;
  if (!(REVIEW_SCOPES as readonly string[]).includes(reviews)) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      `input 'reviews' must be one of ${REVIEW_SCOPES.join(', ')}, not '${reviews}'`,
    );
  }
  const githubToken = stringInput('github-token');
  const base = stringInput('base-ref');
  const head = stringInput('head-ref') ?? env.sha;
  // splitList keeps commas inside brace globs (dist/{a,b}.zip) together.
  const paths = splitList(core.getInput('subject-path'));
  return {
    attest: {
      subjects: {
        ...(paths.length > 0 ? { paths } : {}),
        digest: stringInput('subject-digest'),
        name: stringInput('subject-name'),
        checksums: stringInput('subject-checksums'),
        images: listInput('subject-image'),
        imagePaths: listInput('subject-image-path', { commas: false }),
      },
      pushToRegistry: booleanInput('push-to-registry', false),
      allowInsecureRegistry: booleanInput('allow-insecure-registry', false),
      sign: true,
      base,
      head,
      sigstore: stringInput('sigstore') ?? 'auto',
      githubApiUrl: env.apiUrl,
      repository: env.repository,
    },
    facts: {
      base,
      head,
      tagPattern: listInput('tag-pattern', { commas: false }),
      riskPaths: listInput('risk-paths', { commas: false }),
      reviews,
      githubToken,
      githubActions: true,
      githubApiUrl: env.apiUrl,
      serverUrl: env.serverUrl,
      repository: env.repository,
      // actions/checkout does not fetch git-ai notes; fetch them when the remote has them.
      fetchNotesFrom: 'origin',
    },
    store: booleanInput('store', true),
    skipSigningOnFork: booleanInput('skip-signing-on-fork', false),
    showSummary: booleanInput('show-summary', true),
    sbom: booleanInput('sbom', false),
    htmlReport: booleanInput('html-report', false),
    githubToken,
  };
}

async function readEvent(env: RuntimeEnvironment): Promise<unknown> {
  if (!env.eventPath) return undefined;
  try {
    return JSON.parse(await readFile(env.eventPath, 'utf8'));
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const env = readEnvironment();
  const inputs = readAttestInputs(env);
  const event = await readEvent(env);
  const pullRequestBase = (event as { pull_request?: { base?: { sha?: string } } } | undefined)?.pull_request
    ?.base?.sha;

  const availability = signingAvailability(env, event, { skipSigningOnFork: inputs.skipSigningOnFork });
  if (!availability.canSign) {
    if (!availability.skip) throw new AgentAttestError('OIDC_UNAVAILABLE', availability.message);
    // An unsigned statement is never pushed: say so where a push was asked for.
    core.notice(
      inputs.attest.pushToRegistry
        ? `${availability.message}; nothing was pushed to the registry`
        : availability.message,
    );
    inputs.attest.sign = false;
  }

  const workspace = env.workspace ?? process.cwd();
  if (!(await isGitRepository(workspace))) {
    throw new AgentAttestError(
      'GIT_ERROR',
      `the workspace ${workspace} is not a git checkout: add actions/checkout (with fetch-depth: 0) before this step`,
    );
  }
  const collector = releaseFactsCollector({
    ...inputs.facts,
    ...(pullRequestBase ? { pullRequestBase } : {}),
  });
  const result = await attest(inputs.attest, {
    env,
    cwd: workspace,
    logger: actionLogger,
    collectFacts: collector.collect,
    ...(inputs.sbom
      ? {
          sbom: lazySbomHook(collector.facts, {
            ...(env.repository ? { repository: `${env.serverUrl}/${env.repository}` } : {}),
          }),
        }
      : {}),
  });

  const stored = result.signed && inputs.store ? await store(result, inputs, env) : [];
  const reportPath = inputs.htmlReport
    ? await writeHtmlReport(workspace, collector.facts(), env.runnerTemp ?? workspace)
    : undefined;
  setOutputs(result, stored, collector.facts());
  core.setOutput('report-path', reportPath ?? '');
  if (inputs.showSummary) {
    await core.summary.addRaw(attestSummary(result, stored, collector.facts()), true).write();
  }
  // Outputs and summary first (every bundle path, the images that were pushed); then a refused push fails.
  const failure = pushFailure(result);
  if (failure) throw failure;
}

async function store(
  result: AttestResult,
  inputs: AttestActionInputs,
  env: RuntimeEnvironment,
): Promise<{ id: number; url: string }[]> {
  const [owner, repo] = (env.repository ?? '').split('/');
  if (!owner || !repo) {
    throw new AgentAttestError(
      'INPUT_INVALID',
      'cannot store the attestation: GITHUB_REPOSITORY is not set; set store: false outside GitHub Actions',
    );
  }
  const client = createGitHubClient({
    token: inputs.githubToken,
    apiUrl: env.apiUrl,
    serverUrl: env.serverUrl,
    logger: actionLogger,
  });
  const stored = [];
  for (const a of result.attestations) {
    if (!a.bundlePath) continue;
    const bundle = JSON.parse(await readFile(a.bundlePath, 'utf8')) as unknown;
    const s = await uploadAttestation(client, { owner, repo, bundle });
    core.info(`Stored attestation ${s.url}`);
    stored.push(s);
    // The SBOM is stored the same way; `gh attestation verify --predicate-type https://cyclonedx.org/bom` finds it.
    if (a.sbom?.bundlePath) {
      const sbom = JSON.parse(await readFile(a.sbom.bundlePath, 'utf8')) as unknown;
      core.info(
        `Stored SBOM attestation ${(await uploadAttestation(client, { owner, repo, bundle: sbom })).url}`,
      );
    }
  }
  return stored;
}

/** The HTML footprint report of the attested range, for a job artifact (loaded only when asked for). */
async function writeHtmlReport(
  repoPath: string,
  facts: ReturnType<ReturnType<typeof releaseFactsCollector>['facts']>,
  dir: string,
): Promise<string | undefined> {
  if (!facts.scan) return undefined;
  const [{ renderHtmlReport }, { rangeLines }] = await Promise.all([
    import('../core/report/html/index.js'),
    import('../core/report/range-lines.js'),
  ]);
  const file = path.join(dir, 'agent-attest-report.html');
  const html = renderHtmlReport(facts.scan, { rangeLines: await rangeLines(repoPath, facts.scan.range) });
  await writeFile(file, html);
  core.info(`Wrote the HTML report ${file}`);
  return file;
}

function setOutputs(
  result: AttestResult,
  stored: { id: number; url: string }[],
  facts: ReturnType<ReturnType<typeof releaseFactsCollector>['facts']>,
): void {
  const first = result.attestations[0];
  const bundles = result.attestations.flatMap((a) => (a.bundlePath ? [a.bundlePath] : []));
  core.setOutput('sbom-bundle-path', first?.sbom?.bundlePath ?? '');
  core.setOutput('sbom-statement-path', first?.sbom?.statementPath ?? '');
  core.setOutput('bundle-path', bundles[0] ?? '');
  core.setOutput('bundle-paths', bundles.join('\n'));
  core.setOutput('statement-path', first?.statementPath ?? '');
  core.setOutput('statement-digest', first?.statementDigest ?? '');
  core.setOutput('subject-count', String(result.subjectCount));
  core.setOutput('attestation-id', stored[0] ? String(stored[0].id) : '');
  core.setOutput('attestation-url', stored[0]?.url ?? '');
  core.setOutput('agent-commits', String(facts.scan?.totals.agentCommits ?? 0));
  core.setOutput('surface-changes', String(facts.scan?.surfaces?.length ?? 0));
  core.setOutput(
    'registry-attestations',
    result.attestations.flatMap((a) => (a.push?.status === 'pushed' ? [a.push.reference] : [])).join('\n'),
  );
}

await runAction(main);
