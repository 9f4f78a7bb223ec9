/**
 * Content checks for DSSE bundles: @sigstore/verify proves who signed the envelope, never what it
 * says. The payload must be an in-toto Statement of the expected predicate type whose subject
 * names the artifact by digest.
 */
import type { Bundle } from '@sigstore/bundle';
import {
  INTOTO_PAYLOAD_TYPE,
  STATEMENT_TYPE,
  type DigestSet,
  type Statement,
  type Subject,
} from '../statement/types.js';
import type { CheckFailure } from './types.js';

/** Statement v0.1 is still what older npm and GitHub bundles carry; its shape is the same for us. */
const STATEMENT_TYPES: ReadonlySet<string> = new Set([STATEMENT_TYPE, 'https://in-toto.io/Statement/v0.1']);

export type StatementResult = { ok: true; statement: Statement<unknown> } | ({ ok: false } & CheckFailure);
export type SubjectResult = { ok: true; subject: Subject } | ({ ok: false } & CheckFailure);

/** Parses and checks the DSSE payload: payload type, `_type`, subjects present, predicate type. */
export function parseStatement(bundle: Bundle, predicateType: string): StatementResult {
  if (bundle.content.$case !== 'dsseEnvelope') {
    return {
      ok: false,
      code: 'PAYLOAD_INVALID',
      reason: 'bundle holds a message signature, not an in-toto statement',
    };
  }
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== INTOTO_PAYLOAD_TYPE) {
    return {
      ok: false,
      code: 'PAYLOAD_INVALID',
      reason: `payload type is ${JSON.stringify(envelope.payloadType)}, expected ${INTOTO_PAYLOAD_TYPE}`,
    };
  }
  let statement: Partial<Statement<unknown>>;
  try {
    statement = JSON.parse(envelope.payload.toString('utf8'));
  } catch {
    return { ok: false, code: 'PAYLOAD_INVALID', reason: 'payload is not JSON' };
  }
  if (
    typeof statement !== 'object' ||
    statement === null ||
    !STATEMENT_TYPES.has(statement._type as string)
  ) {
    return {
      ok: false,
      code: 'PAYLOAD_INVALID',
      reason: `statement _type is ${JSON.stringify(statement?._type)}, expected ${STATEMENT_TYPE}`,
    };
  }
  if (!Array.isArray(statement.subject) || statement.subject.length === 0) {
    return { ok: false, code: 'PAYLOAD_INVALID', reason: 'statement has no subject' };
  }
  if (statement.predicateType !== predicateType) {
    return {
      ok: false,
      code: 'PREDICATE_TYPE_MISMATCH',
      reason: `predicate type is ${JSON.stringify(statement.predicateType)}, expected ${JSON.stringify(predicateType)}`,
    };
  }
  return { ok: true, statement: statement as Statement<unknown> };
}

/** Digest algorithms the statement's subjects use (lower case), to know what to compute. */
export function subjectAlgorithms(statement: Statement<unknown>): string[] {
  return statement.subject.flatMap((s) => Object.keys(s?.digest ?? {}).map((a) => a.toLowerCase()));
}

/**
 * The subject that names the artifact: every algorithm it shares with `artifactDigests` agrees,
 * and it shares at least one.
 */
export function matchSubject(statement: Statement<unknown>, artifactDigests: DigestSet): SubjectResult {
  for (const subject of statement.subject) {
    const shared = Object.entries(subject?.digest ?? {}).filter(
      ([alg]) => artifactDigests[alg.toLowerCase()] !== undefined,
    );
    if (
      shared.length > 0 &&
      shared.every(
        ([alg, hex]) => typeof hex === 'string' && hex.toLowerCase() === artifactDigests[alg.toLowerCase()],
      )
    ) {
      return { ok: true, subject };
    }
  }
  const have = Object.keys(artifactDigests).join(', ');
  const used = [...new Set(subjectAlgorithms(statement))].join(', ') || 'none';
  return {
    ok: false,
    code: 'SUBJECT_MISMATCH',
    reason: `no subject of the statement (${statement.subject.length}, digests: ${used}) has the artifact's digest (${have})`,
  };
}

/** parseStatement then matchSubject, for one bundle and one artifact. */
export function checkStatement(
  bundle: Bundle,
  artifactDigests: DigestSet,
  predicateType: string,
): { ok: true; statement: Statement<unknown>; subject: Subject } | ({ ok: false } & CheckFailure) {
  const parsed = parseStatement(bundle, predicateType);
  if (!parsed.ok) return parsed;
  const matched = matchSubject(parsed.statement, artifactDigests);
  return matched.ok ? { ok: true, statement: parsed.statement, subject: matched.subject } : matched;
}
