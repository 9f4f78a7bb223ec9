/**
 * The Node.js versions agent-attest runs on: package.json's `engines.node` (one place), checked with the
 * semver package npm itself uses for that field. The CLI entry loads this before anything else, so it must
 * stay free of imports that need a newer Node than the one being checked.
 */
import satisfies from 'semver/functions/satisfies.js';
import pkg from '../../package.json' with { type: 'json' };

export const SUPPORTED_NODE: string = pkg.engines.node;

/** Undefined when `version` is supported; otherwise the one-line message to print before exiting 2. */
export function unsupportedNodeMessage(version: string, execPath: string): string | undefined {
  if (satisfies(version, SUPPORTED_NODE)) return undefined;
  return (
    `agent-attest needs Node.js ${SUPPORTED_NODE.replace(/ \|\| /g, ' or ')}, but ${execPath} is ${version}; ` +
    'install Node.js 24 LTS (`nvm install 24`, your package manager, or https://nodejs.org) and run agent-attest with it.'
  );
}
