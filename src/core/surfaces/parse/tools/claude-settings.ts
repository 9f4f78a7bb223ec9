/**
 * Claude Code `.claude/settings*.json`: hooks, statusLine, credential helpers, env, permissions, MCP approval,
 * plugins and marketplaces, attribution; unknown keys go through the generic walk.
 */
import { envItems } from '../extract/env.js';
import { genericItems } from '../extract/generic.js';
import { hookItems } from '../extract/hooks.js';
import { mcpItems } from '../extract/mcp.js';
import { parseJsonc } from '../formats/jsonc.js';
import { append, permissionItem } from '../items.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { asArray, isObj, str, valueText, type Json } from '../values.js';

const KNOWN = new Set([
  'hooks',
  'statusLine',
  'apiKeyHelper',
  'awsAuthRefresh',
  'awsCredentialExport',
  'otelHeadersHelper',
  'env',
  'permissions',
  'enableAllProjectMcpServers',
  'enabledMcpjsonServers',
  'enabledPlugins',
  'extraKnownMarketplaces',
  'attribution',
  'includeCoAuthoredBy',
  'mcpServers',
]);
const HELPERS = ['apiKeyHelper', 'awsAuthRefresh', 'awsCredentialExport', 'otelHeadersHelper'];

export const parseClaudeSettings: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('settings file is not a JSON object');
  const items: ItemDraft[] = [];
  const suppression: string[] = [];
  if (doc.hooks !== undefined) append(items, hookItems(doc.hooks));
  if (isObj(doc.statusLine)) {
    const c = str(doc.statusLine.command);
    if (c) items.push({ kind: 'command', capabilities: ['EXEC'], key: 'statusLine.command', command: c });
  }
  for (const k of HELPERS) {
    const c = str(doc[k]);
    if (c) items.push({ kind: 'command', capabilities: ['EXEC'], key: k, command: c });
  }
  append(items, envItems(doc.env, 'env'));
  append(items, permissionItems(doc.permissions));
  if (doc.enableAllProjectMcpServers !== undefined) {
    items.push(
      permissionItem(
        'enableAllProjectMcpServers',
        valueText(doc.enableAllProjectMcpServers),
        doc.enableAllProjectMcpServers === true
          ? {
              flag: 'mcp-auto-enable',
              reason: 'enableAllProjectMcpServers: true starts every project MCP server without approval',
            }
          : undefined,
        ['MCP', 'PERM'],
      ),
    );
  }
  for (const name of asArray(doc.enabledMcpjsonServers)) {
    items.push({
      kind: 'permission',
      capabilities: ['MCP', 'PERM'],
      key: 'enabledMcpjsonServers',
      value: valueText(name),
    });
  }
  if (isObj(doc.enabledPlugins)) {
    for (const [name, on] of Object.entries(doc.enabledPlugins)) {
      if (on !== false)
        items.push({
          id: `plugin|${name}`,
          kind: 'command',
          capabilities: ['EXEC', 'MCP'],
          key: `enabledPlugins.${name}`,
          value: valueText(on),
        });
    }
  }
  if (isObj(doc.extraKnownMarketplaces)) {
    for (const [name, src] of Object.entries(doc.extraKnownMarketplaces)) {
      items.push({
        id: `marketplace|${name}`,
        kind: 'command',
        capabilities: ['EXEC', 'MCP'],
        key: `extraKnownMarketplaces.${name}`,
        value: valueText(src),
      });
    }
  }
  if (isObj(doc.mcpServers)) append(items, mcpItems(doc.mcpServers, 'mcpServers'));
  if (isObj(doc.attribution)) {
    for (const k of ['commit', 'pr']) if (doc.attribution[k] === '') suppression.push(`attribution.${k}=""`);
  }
  if (doc.includeCoAuthoredBy === false) suppression.push('includeCoAuthoredBy=false');
  const rest = genericItems(Object.fromEntries(Object.entries(doc).filter(([k]) => !KNOWN.has(k))));
  append(items, rest.items);
  return { items, suppression, instructions: rest.instructions, document: doc };
};

/** `permissions`: each allow/deny/ask rule is an item; `defaultMode: bypassPermissions` is a red flag. */
function permissionItems(perms: Json): ItemDraft[] {
  if (!isObj(perms)) return [];
  const items: ItemDraft[] = [];
  for (const [k, v] of Object.entries(perms)) {
    if (Array.isArray(v)) {
      for (const rule of v)
        items.push({
          kind: 'permission',
          capabilities: ['PERM'],
          key: `permissions.${k}`,
          value: valueText(rule),
        });
    } else {
      items.push(
        permissionItem(
          `permissions.${k}`,
          valueText(v),
          k === 'defaultMode' && v === 'bypassPermissions'
            ? {
                flag: 'permission-bypass',
                reason: 'permissions.defaultMode: bypassPermissions runs every tool without asking',
              }
            : undefined,
        ),
      );
    }
  }
  return items;
}
