/** Codex `.codex/config.toml`: MCP servers, hooks, `notify`, the shell environment; approval and sandbox flagged. */
import { joinArgv } from '../command.js';
import { envItems } from '../extract/env.js';
import { genericItems } from '../extract/generic.js';
import { hookItems } from '../extract/hooks.js';
import { mcpItems } from '../extract/mcp.js';
import { parseToml } from '../formats/toml.js';
import { append } from '../items.js';
import { SurfaceParseError, type ItemDraft, type ParsedItem, type Parser } from '../types.js';
import { isObj, str } from '../values.js';

const DEDICATED = new Set(['mcp_servers', 'hooks', 'notify']);

export const parseCodexToml: Parser = ({ text }) => {
  const doc = parseToml(text);
  if (!isObj(doc)) throw new SurfaceParseError('config.toml is not a table');
  const items: ItemDraft[] = [];
  if (isObj(doc.mcp_servers)) append(items, mcpItems(doc.mcp_servers, 'mcp_servers'));
  if (doc.hooks !== undefined) append(items, hookItems(doc.hooks));
  if (doc.notify !== undefined) {
    const c = Array.isArray(doc.notify) ? joinArgv(doc.notify.map(String)) : str(doc.notify);
    if (c) items.push({ kind: 'command', capabilities: ['EXEC'], key: 'notify', command: c });
  }
  if (isObj(doc.shell_environment_policy))
    append(items, envItems(doc.shell_environment_policy.set, 'shell_environment_policy.set'));
  const rest = genericItems(Object.fromEntries(Object.entries(doc).filter(([k]) => !DEDICATED.has(k))));
  append(items, rest.items);
  return { items: items.map(withPolicyFlags), instructions: rest.instructions, document: doc };
};

function withPolicyFlags(item: ItemDraft): ItemDraft {
  const flags: NonNullable<ParsedItem['flags']> = [];
  if (item.key.endsWith('approval_policy') && item.value === 'never')
    flags.push({ flag: 'auto-approve', reason: 'approval_policy = "never" runs commands without asking' });
  if (item.key.endsWith('sandbox_mode') && item.value === 'danger-full-access')
    flags.push({
      flag: 'permission-bypass',
      reason: 'sandbox_mode = "danger-full-access" turns the sandbox off',
    });
  return flags.length ? { ...item, flags: [...(item.flags ?? []), ...flags] } : item;
}
