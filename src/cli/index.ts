#!/usr/bin/env node
/**
 * The `agent-attest` executable. It checks the Node.js version before loading anything else: on an older
 * Node the real modules would die on a missing built-in (`node:fs/promises` has no `glob` before Node 22)
 * with a message that says nothing about the cause. Everything else is imported only once the check passes.
 */
import { unsupportedNodeMessage } from './node-version.js';

const unsupported = unsupportedNodeMessage(process.versions.node, process.execPath);
if (unsupported !== undefined) {
  process.stderr.write(`${unsupported}\n`);
  process.exitCode = 2;
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`agent-attest: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  });
}
