/**
 * The Node.js versions agent-attest runs on: package.json's `engines.node` (one place). The CLI entry loads
 * this before anything else, so it must stay free of imports that need a newer Node than the one being
 * checked — and cheap: it runs on every start, where loading the semver package and building its range cost
 * ~6 ms. The field is read here in the two forms it uses, `^X.Y.Z` and `>=X.Y.Z` joined by `||`, with
 * semver's meaning (a pre-release version matches neither); test/cli/node-version.test.ts checks this
 * agrees with the semver package, and any other form in package.json fails that test and every start.
 */
import pkg from '../../package.json' with { type: 'json' };

export const SUPPORTED_NODE: string = pkg.engines.node;

type Triple = [number, number, number];

const triple = (v: string): Triple | undefined => {
  // As semver reads a version: an optional `v`, no leading zeros, build metadata ignored.
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\+[\dA-Za-z.-]+)?$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
};

const compare = (a: Triple, b: Triple): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` (as in `process.versions.node`) is in `range` (`^X.Y.Z` with X ≥ 1, or `>=X.Y.Z`, joined by `||`). */
export function nodeVersionIn(version: string, range: string): boolean {
  const v = triple(version);
  return range.split('||').some((clause) => {
    const m = /^\s*(\^|>=)(\S+)\s*$/.exec(clause);
    const floor = m ? triple(m[2]!) : undefined;
    // `^0.Y.Z` means something narrower in semver; no Node.js release is 0.x any more.
    if (!m || !floor || (m[1] === '^' && floor[0] === 0))
      throw new Error(`engines.node clause '${clause.trim()}' is not ^X.Y.Z or >=X.Y.Z`);
    return v !== undefined && compare(v, floor) >= 0 && (m[1] === '>=' || v[0] === floor[0]);
  });
}

/** Undefined when `version` is supported; otherwise the one-line message to print before exiting 2. */
export function unsupportedNodeMessage(version: string, execPath: string): string | undefined {
  if (nodeVersionIn(version, SUPPORTED_NODE)) return undefined;
  return (
    `agent-attest needs Node.js ${SUPPORTED_NODE.replace(/ \|\| /g, ' or ')}, but ${execPath} is ${version}; ` +
    'install Node.js 24 LTS (`nvm install 24`, your package manager, or https://nodejs.org) and run agent-attest with it.'
  );
}
