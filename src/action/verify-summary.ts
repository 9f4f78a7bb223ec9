/**
 * The verify job summary: the decision, why it failed, the artifacts with their signers, and every rule of
 * the policy (and the online review check) per verified statement. Everything from bundles, certificates
 * and statements is untrusted: escaped with src/core/markdown.ts. GitHub refuses step summaries over
 * 1 MiB: a longer one is cut at a line and says so.
 */
import type { GateResult } from '../core/gate/index.js';
import { codeSpan, escapeMarkdown, markdownTable, type Cell } from '../core/markdown.js';
import { renderDecisionMarkdown } from '../core/policy/render.js';
import { describeRoot } from '../core/trust/describe.js';
import type { VerifiedBundle } from '../core/verify/index.js';

/** GitHub's limit is 1 MiB per step summary; keep room for the note and other steps' appends. */
export const MAX_SUMMARY_BYTES = 1000 * 1024;
/** Reasons listed above the tables (all are in the result file). */
const REASONS_SHOWN = 20;

const TITLE = '## agent-attest verify';

export function verifySummary(
  outcome: Pick<GateResult, 'report' | 'judgements' | 'reasons' | 'policy'> | { error: string },
  maxBytes = MAX_SUMMARY_BYTES,
): string {
  if ('error' in outcome)
    return `${TITLE}: ❌ **error**\n\n${escapeMarkdown(outcome.error)}\n\nNothing was verified; the result file holds the error.\n`;
  const { report, judgements, reasons, policy } = outcome;
  const pass = reasons.length === 0;
  const out: string[] = [`${TITLE}: ${pass ? '✅ **pass**' : '❌ **fail**'}`, ''];
  if (policy)
    out.push(
      `Policy ${codeSpan(policy.name)} (${policy.source}, sha256 ${codeSpan(policy.sha256.slice(0, 12))}).`,
      '',
    );
  if (!pass) {
    for (const r of reasons.slice(0, REASONS_SHOWN)) out.push(`- ${escapeMarkdown(r)}`);
    if (reasons.length > REASONS_SHOWN)
      out.push(`- … and ${reasons.length - REASONS_SHOWN} more (see the result file)`);
    out.push('');
  }

  const rows: Cell[][] = [];
  for (const a of report.artifacts) {
    const digest = Object.entries(a.digests)[0];
    const name = { raw: codeSpan(a.name) };
    const digestCell = { raw: digest ? codeSpan(`${digest[0]}:${digest[1].slice(0, 16)}…`) : '' };
    for (const v of a.verified) {
      const judged = judgements.get(v);
      const result = !judged || judged.display.pass ? '✅ verified' : '❌ policy failed';
      rows.push([
        name,
        digestCell,
        result,
        { raw: signerCell(v) },
        v.timestamps[0]?.time ?? '',
        bundleName(v.bundle),
      ]);
    }
    if (!a.ok) {
      for (const f of a.failures)
        rows.push([name, digestCell, `❌ ${f.code}`, f.reason, '', bundleName(f.bundle)]);
      if (a.failures.length === 0) rows.push([name, digestCell, '❌ no bundle', '', '', '']);
    }
  }
  out.push(
    '### Artifacts',
    '',
    markdownTable(['Artifact', 'Digest', 'Result', 'Signer', 'Signed at', 'Bundle'], rows),
    '',
  );
  const now = new Date();
  for (const root of report.roots) out.push(`Trusted root ${escapeMarkdown(describeRoot(root, now))}.`, '');

  for (const a of report.artifacts) {
    for (const v of a.verified) {
      const judged = judgements.get(v);
      if (!judged) continue;
      const loaded = judged.policy
        ? { name: judged.policy.policy.name, sha256: judged.policy.policy.sha256 }
        : undefined;
      out.push(
        renderDecisionMarkdown(judged.display, loaded, `Rules for ${a.name} (${bundleName(v.bundle)})`),
      );
    }
  }
  return bounded(out.join('\n'), maxBytes);
}

/** The signer from the certificate: its SAN, and the source repository and ref it names. */
function signerCell(v: VerifiedBundle): string {
  const s = v.signer;
  if (!s) return escapeMarkdown('the given public key');
  const parts = [codeSpan(s.subjectAlternativeName ?? '(no SAN)')];
  if (s.sourceRepositoryURI)
    parts.push(`from ${codeSpan(`${s.sourceRepositoryURI}@${s.sourceRepositoryRef ?? '?'}`)}`);
  if (s.runnerEnvironment) parts.push(escapeMarkdown(s.runnerEnvironment));
  return parts.join('<br>');
}

function bundleName(b: { path: string; index: number }): string {
  return `${b.path}#${b.index}`;
}

/** Cuts at the last line that fits (never inside a character) and says so. */
function bounded(markdown: string, maxBytes: number): string {
  const text = `${markdown.trimEnd()}\n`;
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const note =
    "\n\n> [!WARNING]\n> This summary was cut to stay under GitHub's 1 MiB step-summary limit; the full result is in the file named by the `result-path` output.\n";
  const budget = maxBytes - Buffer.byteLength(note);
  const head = Buffer.from(text).subarray(0, budget).toString('utf8');
  const cut = head.lastIndexOf('\n');
  return `${(cut > 0 ? head.slice(0, cut) : head.replace(/\uFFFD$/, '')).trimEnd()}${note}`;
}
