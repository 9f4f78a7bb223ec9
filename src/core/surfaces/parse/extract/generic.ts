/**
 * The generic walk, for JSON/YAML/TOML configs of tools without a dedicated parser and for the keys a dedicated
 * parser does not know: keys that name commands, MCP servers, env, endpoints, permissions or prompts are
 * extracted, wherever they sit.
 */
import { commandOf } from '../command.js';
import { asArray, isObj, valueText, type Json } from '../values.js';
import { append, permissionItem } from '../items.js';
import type { ItemDraft } from '../types.js';
import { endpointItem, envItems } from './env.js';
import { hookItems } from './hooks.js';
import { mcpItems } from './mcp.js';

const EXEC_KEY =
  /^(command|commands|cmd|bash|sh|shell|powershell|pwsh|script|run|exec|install|start|setup|setup-worktree(-unix|-windows)?|terminals?|lint-cmd|test-cmd|entrypoint|discoveryCommand|callCommand|toolDiscoveryCommand|toolCallCommand|headersHelper|apiKeyHelper|notify)$/i;
const MCP_KEY = /(^|\.)(mcpServers|mcp_servers|servers|context_servers|mcp)$/i;
const ENV_KEY = /^(env|environment|envs|set_env|setEnv|terminal\.integrated\.env\.\w+)$/i;
const ENDPOINT_KEY = /(base[-_]?url|api[-_]?base|endpoint)$/i;
const PERM_KEY =
  /permission|approv|allow|deny|autoAccept|yolo|dangerous|trust|sandbox|bypass|(groups|tools)$/i;
const INSTR_KEY =
  /^(prompt|instructions?|customInstructions|roleDefinition|systemPrompt|system_prompt|rules|whenToUse)$/i;
const MAX_DEPTH = 12;

export interface GenericResult {
  items: ItemDraft[];
  /** `key: text` of every prompt-like string, in document order. */
  instructions: string[];
}

export function genericItems(doc: Json): GenericResult {
  const result: GenericResult = { items: [], instructions: [] };
  walk(doc, '', 0, result);
  return result;
}

function walk(doc: Json, prefix: string, depth: number, out: GenericResult): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(doc)) {
    doc.forEach((v, i) => walk(v, `${prefix}[${i}]`, depth + 1, out));
    return;
  }
  if (!isObj(doc)) return;
  // An object with a command and its args is one command.
  if (
    doc.command !== undefined &&
    (doc.args !== undefined || Array.isArray(doc.command)) &&
    !isObj(doc.command)
  ) {
    const c = commandOf(doc.command, doc.args);
    if (c)
      out.items.push({
        kind: 'command',
        capabilities: ['EXEC'],
        key: `${prefix}.command`.replace(/^\./, ''),
        command: c,
      });
  }
  for (const [k, v] of Object.entries(doc)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (k === 'hooks' && (isObj(v) || Array.isArray(v))) append(out.items, hookItems(v, key));
    else if (MCP_KEY.test(k) && isObj(v) && Object.values(v).some(isObj)) append(out.items, mcpItems(v, key));
    else if (ENV_KEY.test(k) && isObj(v)) append(out.items, envItems(v, key));
    else if (k === 'args' && doc.command !== undefined) continue;
    else if (k === 'command' && (doc.args !== undefined || Array.isArray(v))) continue;
    else if (
      EXEC_KEY.test(k) &&
      (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))
    ) {
      for (const c of asArray(v))
        out.items.push({ kind: 'command', capabilities: ['EXEC'], key, command: c as string });
    } else if (ENDPOINT_KEY.test(k) && typeof v === 'string') out.items.push(endpointItem(key, k, v));
    else if (INSTR_KEY.test(k) && typeof v === 'string') out.instructions.push(`${key}: ${v}`);
    else if (PERM_KEY.test(k) && !isObj(v)) {
      out.items.push(permissionItem(key, valueText(v)));
    } else if (isObj(v) || Array.isArray(v)) walk(v, key, depth + 1, out);
  }
}
