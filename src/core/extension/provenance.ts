/**
 * The scan as SLSA provenance parts (DESIGN.md "The statement"): one resolvedDependencies entry per commit
 * with agent evidence or an AI config surface change, and our namespaced extension object
 * (docs/extension.schema.json). Size is bounded for any range: see docs/attribution.md "Statement size".
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AgentAttribution, CommitAttribution } from '../attribution/types.js';
import type { InstructionSet, InstructionsSummary } from '../scan/instructions.js';
import type { ScanResult } from '../scan/types.js';
import type { ResourceDescriptor } from '../statement/types.js';
import type { ReviewScope, ReviewsExtension } from '../github/reviews.js';
import { compactFinding } from '../surfaces/index.js';
import type { SurfaceFinding } from '../surfaces/types.js';

export const EXTENSION_SCHEMA_VERSION = 1;

/** Bytes of (serialised) dependency entries we add; the rest of the statement must fit in what is left of 16 MiB. */
export const DEFAULT_DEPENDENCY_BUDGET = 8 * 1024 * 1024;
/** Surface findings kept in the extension (each ≤ ~1 KiB after capping its commit list). */
export const MAX_SURFACES = 1000;
export const MAX_SURFACE_COMMITS = 50;
/** Instruction sets kept in the extension, and files named per set (the digest covers them all). */
export const MAX_INSTRUCTION_VERSIONS = 100;
export const MAX_INSTRUCTION_FILES = 64;

/** The reviews section is the GitHub layer's (src/core/github/reviews.ts), or `not-requested` when switched off. */
export type ReviewsSection =
  ReviewsExtension | { status: 'unavailable'; scope: ReviewScope; reason: 'not-requested'; detail: string };

export interface AttestExtension {
  schema: typeof EXTENSION_SCHEMA_VERSION;
  range: ScanResult['range'];
  totals: ScanResult['totals'];
  rules: { version: string; digest: string };
  attribution: {
    /** sha256 over the canonical JSON lines of every commit's attribution (see docs): recomputable from the repo. */
    digest: string;
    commitsWithEvidence: number;
    /** Entries in resolvedDependencies; the rest were left out to bound the statement (totals still count them). */
    listed: number;
    omitted: number;
  };
  suppression: ScanResult['suppression'];
  /** The repository instruction sets of the agent commits (and at the base); see InstructionsSummary. */
  instructions?: InstructionsSummary & { versionsOmitted?: number };
  surfaces?: SurfaceFinding[];
  surfacesOmitted?: number;
  surfaceCatalogue?: { version: string; digest: string };
  reviews?: ReviewsSection;
}

export interface ProvenanceOptions {
  /** e.g. https://github.com/OWNER/REPO; without it, commit entries carry their digest only (no uri). */
  repositoryUri?: string;
  reviews?: ReviewsSection;
  /** Version and digest of the config-surface catalogue the findings came from. */
  surfaceCatalogue?: { version: string; digest: string };
  /** Bytes for dependency entries (default 8 MiB). */
  dependencyBudget?: number;
}

function agentAnnotation(a: AgentAttribution): Record<string, unknown> {
  return {
    id: a.id,
    class: a.class,
    model: a.model,
    ...(a.modelRaw !== null && a.modelRaw !== a.model ? { modelRaw: a.modelRaw } : {}),
    strength: a.strength,
    evidence: a.evidence.slice(0, 8).map((e) => ({
      rule: e.rule,
      tier: e.tier,
      strength: e.strength,
      where: e.where,
      ...(e.lines !== undefined ? { lines: e.lines } : {}),
      ...(e.downWeighted ? { downWeighted: true } : {}),
      ...(e.via ? { via: e.via } : {}),
      ...(e.detail && a.id === 'other' ? { detail: e.detail.slice(0, 80) } : {}),
    })),
    // Where the agent's decision log is: one click for whoever reads the attestation (never fetched here).
    ...(a.decisionLogs?.length
      ? { decisionLogs: a.decisionLogs.map((l) => ({ kind: l.kind, value: l.value })) }
      : {}),
    ...(a.decisionLogsOmitted ? { decisionLogsOmitted: a.decisionLogsOmitted } : {}),
  };
}

/** The canonical per-commit record hashed into attribution.digest. */
export function attributionRecord(c: CommitAttribution): unknown {
  return {
    sha: c.sha,
    agents: c.agents.map((a) => ({
      id: a.id,
      class: a.class,
      strength: a.strength,
      rules: [...new Set(a.evidence.map((e) => e.rule))].sort(),
    })),
  };
}

/** A finding as the statement keeps it: bounded items and text (compactFinding), at most 50 commits. */
function capSurface(finding: SurfaceFinding): SurfaceFinding {
  const f = compactFinding(finding);
  return f.commits.length > MAX_SURFACE_COMMITS
    ? {
        ...f,
        commits: f.commits.slice(0, MAX_SURFACE_COMMITS),
        commitsOmitted: f.commits.length - MAX_SURFACE_COMMITS,
      }
    : f;
}

/** A set as the statement keeps it: at most 64 files named (`filesOmitted` counts the rest; the digest covers all). */
function capSet<T extends InstructionSet>(set: T): T & { filesOmitted?: number } {
  return set.files.length > MAX_INSTRUCTION_FILES
    ? {
        ...set,
        files: set.files.slice(0, MAX_INSTRUCTION_FILES),
        filesOmitted: set.files.length - MAX_INSTRUCTION_FILES,
      }
    : set;
}

function capInstructions(s: InstructionsSummary): InstructionsSummary & { versionsOmitted?: number } {
  // The newest sets are kept: the ones the release's latest agent work was made with.
  const kept = s.versions.slice(-MAX_INSTRUCTION_VERSIONS);
  return {
    atBase: s.atBase ? capSet(s.atBase) : null,
    versions: kept.map(capSet),
    ...(kept.length < s.versions.length ? { versionsOmitted: s.versions.length - kept.length } : {}),
  };
}

export function toProvenance(
  scan: ScanResult,
  opts: ProvenanceOptions,
): { dependencies: ResourceDescriptor[]; extension: AttestExtension } {
  const budget = opts.dependencyBudget ?? DEFAULT_DEPENDENCY_BUDGET;
  const surfacePaths = new Map<string, string[]>();
  for (const f of scan.surfaces ?? []) {
    for (const sha of f.commits) surfacePaths.set(sha, [...(surfacePaths.get(sha) ?? []), f.path]);
  }
  const hash = createHash('sha256');
  const dependencies: ResourceDescriptor[] = [];
  let used = 0;
  let withEvidence = 0;
  let omitted = 0;
  for (const c of scan.commits) {
    const surfaces = surfacePaths.get(c.sha);
    if (c.agents.length === 0 && !surfaces) continue;
    if (c.agents.length > 0) {
      withEvidence++;
      hash.update(`${canonicalize(attributionRecord(c))}\n`);
    }
    const entry: ResourceDescriptor = {
      ...(opts.repositoryUri ? { uri: `git+${opts.repositoryUri}@${c.sha}` } : {}),
      digest: { gitCommit: c.sha },
      annotations: {
        agents: c.agents.map(agentAnnotation),
        ...(c.commitTag ? { commitTag: c.commitTag } : {}),
        ...(c.instructions ? { instructions: c.instructions } : {}),
        riskPaths: c.riskPaths,
        ...(c.riskPathsOmitted ? { riskPathsOmitted: c.riskPathsOmitted } : {}),
        ...(c.paths ? { paths: c.paths } : {}),
        ...(c.pathsOmitted ? { pathsOmitted: c.pathsOmitted } : {}),
        ...(c.linesAdded !== undefined
          ? { linesAdded: c.linesAdded, linesRemoved: c.linesRemoved ?? 0 }
          : {}),
        ...(c.linesUnknown !== undefined ? { linesUnknown: c.linesUnknown.slice(0, 200) } : {}),
        ...(surfaces ? { surfaces: surfaces.slice(0, 16) } : {}),
      },
    };
    const size = JSON.stringify(entry).length + 1;
    if (used + size > budget) {
      omitted++;
      continue;
    }
    used += size;
    dependencies.push(entry);
  }
  const surfaces = scan.surfaces?.slice(0, MAX_SURFACES).map(capSurface);
  const extension: AttestExtension = {
    schema: EXTENSION_SCHEMA_VERSION,
    range: scan.range,
    totals: scan.totals,
    rules: scan.rules,
    attribution: {
      digest: hash.digest('hex'),
      commitsWithEvidence: withEvidence,
      listed: dependencies.length,
      omitted,
    },
    suppression: scan.suppression.slice(0, 100),
    ...(scan.instructions ? { instructions: capInstructions(scan.instructions) } : {}),
    ...(surfaces ? { surfaces } : {}),
    ...(scan.surfaces && scan.surfaces.length > MAX_SURFACES
      ? { surfacesOmitted: scan.surfaces.length - MAX_SURFACES }
      : {}),
    ...(opts.surfaceCatalogue ? { surfaceCatalogue: opts.surfaceCatalogue } : {}),
    ...(opts.reviews ? { reviews: opts.reviews } : {}),
  };
  return { dependencies, extension };
}
