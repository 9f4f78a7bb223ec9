/**
 * The attest `sbom` hook for the CLI and the action, with the SBOM module (and the CycloneDX library) loaded
 * only when the first SBOM is built: plain attest start-up does not pay for it.
 */
import type { AttestDeps } from '../../attest/index.js';
import type { SbomFacts } from './index.js';

export function lazySbomHook(
  facts: () => SbomFacts,
  opts: { repository?: string } = {},
): NonNullable<AttestDeps['sbom']> {
  let hook: Promise<NonNullable<AttestDeps['sbom']>> | undefined;
  return async (ctx) => {
    hook ??= import('./index.js').then((m) => m.sbomHook(facts, opts));
    return (await hook)(ctx);
  };
}
