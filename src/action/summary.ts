/**
 * The attest job summary: what was signed, by whom, where it is logged and stored, then the release's
 * agent footprint and AI config surface changes. Every untrusted value is escaped (src/core/markdown.ts);
 * the whole summary stays under GitHub's 1 MiB step-summary limit.
 */
import type { AttestResult } from '../core/attest/index.js';
import type { ReleaseFacts } from '../core/facts/index.js';
import { codeSpan, escapeHtml, escapeMarkdown, markdownTable } from '../core/markdown.js';
import { renderMarkdown } from '../core/scan/render.js';

/** GitHub rejects step summaries over 1 MiB; stay well below it. */
const MAX_SUMMARY_BYTES = 900 * 1024;
/** Subjects listed by name; the statement has them all. */
const MAX_LISTED_SUBJECTS = 50;

export function attestSummary(
  result: AttestResult,
  stored: { id: number; url: string }[],
  facts: ReleaseFacts,
): string {
  const out: string[] = ['## agent-attest: provenance', ''];
  if (!result.signed) out.push('> [!NOTE]', '> The statement was written but not signed (see the log).', '');
  const rows = result.attestations.map((a, i) => [
    a.bundlePath ? { raw: codeSpan(a.bundlePath) } : 'not signed',
    { raw: codeSpan(a.statementDigest) },
    a.subjectCount,
    a.signer?.identity ?? '',
    a.tlogEntry ? `log index ${a.tlogEntry.logIndex}` : a.timestamp ? `timestamp ${a.timestamp}` : '',
    stored[i] ? { raw: `<a href="${escapeHtml(stored[i].url)}">${stored[i].id}</a>` } : '',
  ]);
  out.push(markdownTable(['bundle', 'statement', 'subjects', 'signer', 'witness', 'attestation'], rows), '');
  if (result.instance) out.push(`Signed on ${escapeMarkdown(result.instance.name)}.`, '');
  const pushes = result.attestations.filter((a) => a.push && a.image);
  if (pushes.length > 0) {
    out.push(
      '### Pushed to registries',
      '',
      markdownTable(
        ['image', 'attestation'],
        pushes.map((a) => [
          { raw: codeSpan(`${a.image!.name}@${a.image!.digest}`) },
          a.push!.status === 'pushed'
            ? {
                raw: `${codeSpan(a.push!.reference)} (${a.push!.storage === 'referrers-api' ? 'referrers API' : 'referrers tag'})`,
              }
            : `❌ not pushed: ${a.push!.error}`,
        ]),
      ),
      '',
    );
  }
  const subjects = result.attestations.flatMap((a) => a.subjects);
  out.push(
    '<details><summary>Subjects</summary>',
    '',
    markdownTable(
      ['subject', 'digest'],
      subjects.slice(0, MAX_LISTED_SUBJECTS).map((s) => [
        { raw: codeSpan(s.name) },
        {
          raw: codeSpan(
            Object.entries(s.digest)
              .map(([alg, hex]) => `${alg}:${hex}`)
              .join(' '),
          ),
        },
      ]),
    ),
    ...(subjects.length > MAX_LISTED_SUBJECTS
      ? ['', `… and ${subjects.length - MAX_LISTED_SUBJECTS} more (see the statement).`]
      : []),
    '',
    '</details>',
    '',
  );
  if (facts.scan) out.push(renderMarkdown(facts.scan));
  if (facts.reviews?.status === 'unavailable') {
    out.push('> [!WARNING]', `> Review evidence unavailable: ${escapeMarkdown(facts.reviews.detail)}`, '');
  } else if (facts.reviews?.status === 'collected') {
    const prs = facts.reviews.pullRequests;
    const approved = prs.filter((p) => p.humanApprovalOfHead).length;
    out.push(
      `Review evidence: ${prs.length} pull request(s), ${approved} with a human approval of the final head.`,
      '',
    );
  }
  let text = out.join('\n');
  if (Buffer.byteLength(text) > MAX_SUMMARY_BYTES) {
    text = `${Buffer.from(text)
      .subarray(0, MAX_SUMMARY_BYTES)
      .toString('utf8')
      .replace(
        /\uFFFD*$/,
        '',
      )}\n\n… summary truncated (GitHub's 1 MiB limit); the statement has everything.\n`;
  }
  return text;
}
