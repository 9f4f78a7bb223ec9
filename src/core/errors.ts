/**
 * Typed errors. Every failure the user can act on is an AgentAttestError with a stable code;
 * its exit code says whose fault it is: 2 = bad usage or bad input, 1 = verification or policy failure.
 * Messages are one line, name the input, and say the fix.
 */
export type ErrorCode =
  // bad usage or input (exit 2)
  | 'USAGE'
  | 'INPUT_INVALID'
  | 'FILE_NOT_FOUND'
  | 'SUBJECT_INVALID'
  | 'BUNDLE_INVALID'
  | 'TRUSTED_ROOT_INVALID'
  /** No trusted root can be had: offline (or unreachable) with nothing cached and none shipped. */
  | 'TRUSTED_ROOT_UNAVAILABLE'
  /** A fresh root was required and the TUF repository could not confirm one. */
  | 'TRUSTED_ROOT_STALE'
  /** The TUF repository served metadata that fails verification (signature, threshold, rollback, expiry, hash). */
  | 'TRUSTED_ROOT_REFUSED'
  | 'POLICY_INVALID'
  | 'GIT_ERROR'
  | 'SHALLOW_CLONE'
  | 'OIDC_UNAVAILABLE'
  | 'SIGNING_FAILED'
  | 'NETWORK'
  | 'GITHUB_API'
  /** A container registry refused, failed or could not be reached. */
  | 'REGISTRY'
  // verification or policy failure (exit 1)
  | 'VERIFICATION_FAILED'
  | 'POLICY_FAILED';

const FAILURE_CODES: ReadonlySet<ErrorCode> = new Set(['VERIFICATION_FAILED', 'POLICY_FAILED']);

export class AgentAttestError extends Error {
  readonly code: ErrorCode;
  override readonly cause?: unknown;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'AgentAttestError';
    this.code = code;
    this.cause = options?.cause;
  }

  /** 1 for a verification/policy failure, 2 for everything the caller must fix. */
  get exitCode(): 1 | 2 {
    return FAILURE_CODES.has(this.code) ? 1 : 2;
  }
}

/** Shorthand for the most common case: an input the user gave is wrong. */
export function inputError(message: string, cause?: unknown): AgentAttestError {
  return new AgentAttestError('INPUT_INVALID', message, { cause });
}

export function isAgentAttestError(e: unknown): e is AgentAttestError {
  return e instanceof AgentAttestError;
}

/** A message for any thrown value, without stack noise. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
