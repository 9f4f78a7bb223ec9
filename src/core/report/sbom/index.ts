/**
 * `attest --sbom`: a CycloneDX document of the attested artifacts, built with @cyclonedx/cyclonedx-library,
 * whose properties carry the AI attribution of the release (agents, models, evidence strengths, shares,
 * review coverage, config surface changes) and the digest of the provenance statement it accompanies. It is
 * signed as a second in-toto statement, shaped as GitHub's attest-sbom action writes one: predicate type
 * `https://cyclonedx.org/bom`, the whole BOM as the predicate, the same subjects as the provenance.
 *
 * Properties are CycloneDX's one extension point for such facts (name/value strings; the library has no
 * annotations model). Names are under `agent-attest:`; docs/reports.md lists each one.
 */
import { createHash } from 'node:crypto';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { AgentAttestError } from '../../errors.js';
import type { ScanResult } from '../../scan/types.js';
import type { SurfaceReport } from '../../surfaces/types.js';
import { STATEMENT_TYPE, type Statement, type Subject } from '../../statement/types.js';
import { VERSION } from '../../version.js';
import type { RangeLines } from '../html/model.js';
import { rangeLines } from '../range-lines.js';
import { ReviewIndex } from '../reviews.js';

/** The predicate type GitHub's attest-sbom action (and `gh attestation verify --predicate-type`) uses. */
export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
/** The newest CycloneDX version the library builds and validates. */
export const SPEC = Spec.Spec1dot7;
/** GitHub refuses larger SBOMs (attest-sbom's limit). */
export const MAX_SBOM_BYTES = 16 * 1024 * 1024;
/** Surface findings listed one property each; the rest are counted. */
export const MAX_SURFACE_PROPERTIES = 500;
const P = 'agent-attest:';

export interface SbomInput {
  subjects: readonly Subject[];
  /** `sha256:HEX` of the provenance statement these subjects were attested in. */
  provenanceDigest: string;
  /** The facts the provenance carries (absent when attest ran outside a repository). */
  scan?: ScanResult;
  surfaces?: SurfaceReport;
  /** Lines changed by every non-merge commit of the range (share of changed lines). */
  rangeLines?: RangeLines;
  /** Repository URI and revision (metadata component). */
  repository?: string;
  /** BOM timestamp (default now). */
  timestamp?: Date;
}

const HASHES: Record<string, Enums.HashAlgorithm> = {
  sha256: Enums.HashAlgorithm['SHA-256'],
  sha384: Enums.HashAlgorithm['SHA-384'],
  sha512: Enums.HashAlgorithm['SHA-512'],
  sha1: Enums.HashAlgorithm['SHA-1'],
};

const ratio = (part: number, whole: number): string =>
  whole === 0 ? '0' : String(Math.round((part / whole) * 10_000) / 10_000);

/** A UUID (RFC 9562 layout, version 8: custom) from a digest, so the same statement gives the same BOM. */
function serialNumber(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The attribution facts as properties (name → value), in a stable order. */
export function attributionProperties(input: SbomInput): Array<[string, string]> {
  const out: Array<[string, string]> = [[`${P}provenance:digest`, input.provenanceDigest]];
  const scan = input.scan;
  if (!scan) {
    out.push([`${P}attribution`, 'unavailable: not a git repository']);
    return out;
  }
  const t = scan.totals;
  const r = scan.range;
  out.push(
    [`${P}range:base`, r.base ?? '(root)'],
    [`${P}range:head`, r.head],
    [`${P}range:base-rule`, r.baseRule],
    [`${P}rules:digest`, scan.rules.digest],
    [`${P}commits`, String(t.commits)],
    [`${P}commits:agent`, String(t.agentCommits)],
    [`${P}commits:review-suggestion`, String(t.reviewSuggestionCommits)],
    [`${P}commits:unknown`, String(t.unknownCommits)],
    [`${P}share:commits`, ratio(t.agentCommits, t.commits)],
    [`${P}lines:agent:added`, String(t.linesAdded)],
    [`${P}lines:agent:removed`, String(t.linesRemoved)],
  );
  if (input.rangeLines) {
    const all = input.rangeLines.added + input.rangeLines.removed;
    out.push(
      [`${P}lines:range:added`, String(input.rangeLines.added)],
      [`${P}lines:range:removed`, String(input.rangeLines.removed)],
      [`${P}share:changed-lines`, ratio(t.linesAdded + t.linesRemoved, all)],
    );
  }
  for (const s of ['verified', 'declared', 'inferred'] as const)
    out.push([`${P}strength:${s}:commits`, String(t.byStrength[s])]);
  for (const [id, a] of Object.entries(t.byAgent).sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    out.push(
      [`${P}agent:${id}:commits`, String(a.commits)],
      [`${P}agent:${id}:lines-added`, String(a.linesAdded)],
      [`${P}agent:${id}:lines-removed`, String(a.linesRemoved)],
      [`${P}agent:${id}:risk-commits`, String(a.riskCommits)],
    );
    for (const s of ['verified', 'declared', 'inferred'] as const)
      if (a.byStrength[s] > 0) out.push([`${P}agent:${id}:strength:${s}`, String(a.byStrength[s])]);
  }
  for (const [model, m] of Object.entries(t.byModel).sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    out.push([`${P}model:${model}:commits`, String(m.commits)]);
  for (const [cat, rp] of Object.entries(t.riskPaths).sort((x, y) => (x[0] < y[0] ? -1 : 1)))
    out.push([`${P}risk:${cat}:commits`, String(rp.commits)], [`${P}risk:${cat}:paths`, String(rp.paths)]);

  const coverage = new ReviewIndex(scan.reviews).coverage(scan.commits);
  out.push([`${P}reviews`, coverage.status]);
  if (coverage.detail) out.push([`${P}reviews:detail`, coverage.detail]);
  for (const [status, n] of Object.entries(coverage.commits))
    out.push([`${P}reviews:agent-commits:${status}`, String(n)]);
  out.push(
    [`${P}reviews:pull-requests:approved`, String(coverage.pullRequests.approved)],
    [`${P}reviews:pull-requests:not-approved`, String(coverage.pullRequests.notApproved)],
  );

  const findings = input.surfaces?.findings ?? scan.surfaces ?? [];
  if (input.surfaces) out.push([`${P}surfaces:catalogue`, input.surfaces.catalogue.digest]);
  out.push([`${P}surfaces`, String(findings.length)]);
  for (const risk of ['high', 'medium', 'low'] as const)
    out.push([`${P}surfaces:${risk}`, String(findings.filter((f) => (f.risk ?? 'low') === risk).length)]);
  for (const f of findings.slice(0, MAX_SURFACE_PROPERTIES))
    out.push([
      `${P}surface:${f.path}`,
      [f.risk ?? 'low', f.change, f.tool, f.capabilities.join('+') || '-', ...(f.flags ?? [])].join(' '),
    ]);
  if (findings.length > MAX_SURFACE_PROPERTIES)
    out.push([`${P}surfaces:omitted`, String(findings.length - MAX_SURFACE_PROPERTIES)]);
  return out;
}

/** The BOM as the JSON object the statement carries. */
export function buildSbom(input: SbomInput): Record<string, unknown> {
  const bom = new Models.Bom({
    serialNumber: serialNumber(`${input.provenanceDigest}\n${input.subjects.map((s) => s.name).join('\n')}`),
  });
  bom.metadata.timestamp = input.timestamp ?? new Date();
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'agent-attest', {
      version: VERSION,
      bomRef: 'tool:agent-attest',
    }),
  );
  if (input.repository || input.scan)
    bom.metadata.component = new Models.Component(
      Enums.ComponentType.Application,
      input.repository ?? 'repository',
      {
        bomRef: 'source',
        ...(input.scan ? { version: input.scan.range.head } : {}),
      },
    );
  for (const [name, value] of attributionProperties(input))
    bom.metadata.properties.add(new Models.Property(name, value));
  for (const s of input.subjects) {
    const hashes = new Models.HashDictionary();
    for (const [alg, hex] of Object.entries(s.digest)) {
      const a = HASHES[alg.toLowerCase()];
      if (a) hashes.set(a, hex.toLowerCase());
    }
    // Subjects carry a name and digests only: files and images alike are listed as files.
    bom.components.add(
      new Models.Component(Enums.ComponentType.File, s.name, {
        bomRef: `subject:${s.name}`,
        hashes,
        properties: new Models.PropertyRepository([
          new Models.Property(`${P}provenance:digest`, input.provenanceDigest),
        ]),
      }),
    );
  }
  const json = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(SPEC)).serialize(bom, {
    sortLists: true,
  });
  return JSON.parse(json) as Record<string, unknown>;
}

/** The in-toto statement of a BOM, and its exact bytes (refused above GitHub's 16 MiB SBOM limit). */
export function sbomStatement(
  subjects: readonly Subject[],
  bom: Record<string, unknown>,
): {
  statement: Statement<Record<string, unknown>>;
  payload: Buffer;
} {
  const statement: Statement<Record<string, unknown>> = {
    _type: STATEMENT_TYPE,
    subject: [...subjects],
    predicateType: CYCLONEDX_PREDICATE_TYPE,
    predicate: bom,
  };
  const payload = Buffer.from(JSON.stringify(statement));
  if (payload.length > MAX_SBOM_BYTES)
    throw new AgentAttestError(
      'INPUT_INVALID',
      `the SBOM statement is ${(payload.length / 1048576).toFixed(1)} MiB, above GitHub's 16 MiB limit; attest fewer subjects per run or a narrower range`,
    );
  return { statement, payload };
}

/** What the attest hook needs of the release facts (gathered by the facts collector before signing). */
export interface SbomFacts {
  scan?: ScanResult;
  surfaces?: SurfaceReport;
}

/**
 * The attest `sbom` hook: each group's SBOM statement bytes. The range's changed lines are counted once (one
 * `git log --numstat`), when the facts have a range.
 */
export function sbomHook(
  facts: () => SbomFacts,
  opts: { repository?: string; now?: () => Date } = {},
): (ctx: { subjects: Subject[]; provenanceDigest: string; repoPath: string }) => Promise<Buffer> {
  let lines: Promise<RangeLines | undefined> | undefined;
  return async (ctx) => {
    const { scan, surfaces } = facts();
    lines ??= scan ? rangeLines(ctx.repoPath, scan.range) : Promise.resolve(undefined);
    const changed = await lines;
    const bom = buildSbom({
      subjects: ctx.subjects,
      provenanceDigest: ctx.provenanceDigest,
      ...(scan ? { scan } : {}),
      ...(surfaces ? { surfaces } : {}),
      ...(changed ? { rangeLines: changed } : {}),
      ...(opts.repository ? { repository: opts.repository } : {}),
      ...(opts.now ? { timestamp: opts.now() } : {}),
    });
    return sbomStatement(ctx.subjects, bom).payload;
  };
}
