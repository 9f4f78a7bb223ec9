/**
 * Content checks for DSSE bundles: @sigstore/verify proves who signed the envelope, never what it
 * says. The payload must be an in-toto Statement of the expected predicate type whose subject
 * names the artifact by digest. Digest maps come from the signer and may use any key (`__proto__`,
 * `constructor`): they are read with own-property lookups only.
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

/** The statement in a DSSE bundle's payload, parsed but not checked (undefined when it is not JSON). */
export function readPayload(bundle: Bundle): unknown {
  if (bundle.content.$case !== 'dsseEnvelope') return undefined;
  try {
    return JSON.parse(bundle.content.dsseEnvelope.payload.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Parses and checks the DSSE payload: payload type, `_type`, subjects well formed, predicate type. */
export function parseStatement(bundle: Bundle, predicateType: string): StatementResult {
  if (bundle.content.$case !== 'dsseEnvelope') {
    return {
      ok: false,
      code: 'STATEMENT_REQUIRED',
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
  const statement = readPayload(bundle);
  if (statement === undefined) return { ok: false, code: 'PAYLOAD_INVALID', reason: 'payload is not JSON' };
  return checkStatementShape(statement, predicateType);
}

/** The checks of parseStatement on a payload already parsed. */
export function checkStatementShape(statement: unknown, predicateType: string): StatementResult {
  if (!isObject(statement) || typeof statement._type !== 'string' || !STATEMENT_TYPES.has(statement._type)) {
    return {
      ok: false,
      code: 'PAYLOAD_INVALID',
      reason: `statement _type is ${JSON.stringify(isObject(statement) ? statement._type : undefined)}, expected ${STATEMENT_TYPE}`,
    };
  }
  const subjects = statement.subject;
  if (!Array.isArray(subjects) || subjects.length === 0) {
    return { ok: false, code: 'PAYLOAD_INVALID', reason: 'statement has no subject' };
  }
  const bad = subjects.findIndex((s) => !isSubject(s));
  if (bad >= 0) {
    return {
      ok: false,
      code: 'PAYLOAD_INVALID',
      reason: `statement subject ${bad} is not {name, digest: {ALG: HEX}}`,
    };
  }
  if (statement.predicateType !== predicateType) {
    return {
      ok: false,
      code: 'PREDICATE_TYPE_MISMATCH',
      reason: `predicate type is ${JSON.stringify(statement.predicateType)}, expected ${JSON.stringify(predicateType)}`,
    };
  }
  return { ok: true, statement: statement as unknown as Statement<unknown> };
}

function isSubject(s: unknown): s is Subject {
  return (
    isObject(s) &&
    (s.name === undefined || typeof s.name === 'string') &&
    isObject(s.digest) &&
    Object.values(s.digest).every((v) => typeof v === 'string')
  );
}

/** The subject digests a (possibly unverified) statement claims, as lower-case `[alg, hex]` pairs. */
export function claimedDigests(statement: unknown): [string, string][] {
  if (!isObject(statement) || !Array.isArray(statement.subject)) return [];
  return statement.subject.flatMap((s: unknown) =>
    isObject(s) && isObject(s.digest)
      ? Object.entries(s.digest).flatMap(([alg, hex]): [string, string][] =>
          typeof hex === 'string' ? [[alg.toLowerCase(), hex.toLowerCase()]] : [],
        )
      : [],
  );
}

/** Digest algorithms the statement's subjects use (lower case), to know what to compute. */
export function subjectAlgorithms(statement: Statement<unknown>): string[] {
  return [...new Set(claimedDigests(statement).map(([alg]) => alg))];
}

/**
 * The subject that names the artifact: every algorithm it shares with `artifactDigests` agrees,
 * and it shares at least one.
 */
export function matchSubject(statement: Statement<unknown>, artifactDigests: DigestSet): SubjectResult {
  const artifact = (alg: string) => (Object.hasOwn(artifactDigests, alg) ? artifactDigests[alg] : undefined);
  for (const subject of statement.subject) {
    const shared = Object.entries(subject.digest).filter(
      ([alg]) => artifact(alg.toLowerCase()) !== undefined,
    );
    if (
      shared.length > 0 &&
      shared.every(
        ([alg, hex]) => typeof hex === 'string' && hex.toLowerCase() === artifact(alg.toLowerCase()),
      )
    ) {
      return { ok: true, subject };
    }
  }
  const have = Object.keys(artifactDigests).join(', ');
  const used = subjectAlgorithms(statement).join(', ') || 'none';
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

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
