/**
 * Checksums in the formats `sha256sum`/`sha512sum` write (GNU text and binary mode, `--tag` BSD style),
 * the algorithm told apart by the digest's length — the same input GitHub's attest action accepts.
 */
import { AgentAttestError } from '../errors.js';
import type { Subject } from '../statement/types.js';

/** GitHub's attest action refuses larger checksum files; so do we. */
export const MAX_CHECKSUMS_BYTES = 512 * 1024;

const ALGORITHM_BY_HEX_LENGTH: Record<number, string> = { 64: 'sha256', 128: 'sha512' };

// GNU: `HEX  name` (text) or `HEX *name` (binary); a leading backslash marks an escaped name.
const GNU_LINE = /^(\\?)([0-9a-fA-F]+) [ *](.+)$/;
// BSD (`sha256sum --tag`): `SHA256 (name) = HEX`.
const BSD_LINE = /^(SHA256|SHA512) \((.+)\) = ([0-9a-fA-F]+)$/;

function unescapeName(name: string): string {
  return name.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

/**
 * Parses checksum text into subjects. `source` names the input in errors (a file path or "inline text").
 * Blank lines and `#` comments are skipped; any other line that is not a checksum is an error.
 */
export function parseChecksums(text: string, source: string): Subject[] {
  if (Buffer.byteLength(text) > MAX_CHECKSUMS_BYTES) {
    throw new AgentAttestError(
      'SUBJECT_INVALID',
      `subject checksums ${source} is larger than 512 KiB; split the artifacts across several attest steps`,
    );
  }
  const subjects: Subject[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const where = `${source} line ${i + 1}`;
    let hex: string;
    let name: string;
    let declared: string | undefined;
    const gnu = GNU_LINE.exec(line);
    const bsd = gnu ? null : BSD_LINE.exec(line);
    if (gnu) {
      hex = gnu[2]!;
      name = gnu[1] ? unescapeName(gnu[3]!) : gnu[3]!;
    } else if (bsd) {
      declared = bsd[1]!.toLowerCase();
      name = bsd[2]!;
      hex = bsd[3]!;
    } else {
      throw new AgentAttestError(
        'SUBJECT_INVALID',
        `subject checksums ${where} is not '<hex digest>  <name>' (sha256sum/sha512sum format)`,
      );
    }
    const algorithm = ALGORITHM_BY_HEX_LENGTH[hex.length];
    if (!algorithm || (declared && declared !== algorithm)) {
      throw new AgentAttestError(
        'SUBJECT_INVALID',
        `subject checksums ${where} has a ${hex.length}-digit digest; expected 64 (sha256) or 128 (sha512) hex digits`,
      );
    }
    subjects.push({ name, digest: { [algorithm]: hex.toLowerCase() } });
  });
  if (subjects.length === 0) {
    throw new AgentAttestError('SUBJECT_INVALID', `subject checksums ${source} lists no checksums`);
  }
  return subjects;
}

/**
 * Whether a `subject-checksums` value is the checksum text itself rather than a file path: it spans
 * several lines or starts like a checksum line.
 */
export function looksLikeInlineChecksums(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.includes('\n') || GNU_LINE.test(trimmed) || BSD_LINE.test(trimmed);
}
