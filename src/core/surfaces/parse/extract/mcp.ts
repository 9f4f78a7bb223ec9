/** MCP servers: `{name: {command, args, env, cwd, url|httpUrl|serverUrl, headers, headersHelper, trust}}`. */
import { commandOf } from '../command.js';
import { redactUrl } from '../redact.js';
import { isObj, str, type Json } from '../values.js';
import { append } from '../items.js';
import type { ItemDraft, ParsedItem } from '../types.js';
import { envItems } from './env.js';

export function mcpItems(servers: Json, prefix: string): ItemDraft[] {
  if (!isObj(servers)) return [];
  const items: ItemDraft[] = [];
  for (const [name, server] of Object.entries(servers)) {
    if (!isObj(server)) continue;
    const key = `${prefix}.${name}`;
    const command = commandOf(server.command, server.args);
    const url = str(server.url) ?? str(server.httpUrl) ?? str(server.serverUrl) ?? str(server.uri);
    const env = isObj(server.env) ? Object.keys(server.env) : [];
    const headers = isObj(server.headers)
      ? Object.keys(server.headers)
      : isObj(server.http_headers)
        ? Object.keys(server.http_headers)
        : [];
    const details = [
      ...(env.length ? [`env: ${env.join(', ')}`] : []),
      ...(headers.length ? [`headers: ${headers.join(', ')}`] : []),
      ...(str(server.cwd) ? [`cwd: ${str(server.cwd)}`] : []),
    ];
    const flags: ParsedItem['flags'] = [];
    if (
      server.trust === true ||
      server.autoApprove === true ||
      (Array.isArray(server.autoApprove) && server.autoApprove.length)
    ) {
      flags.push({
        flag: 'auto-approve',
        reason: `MCP server ${name} is trusted: its tool calls skip confirmation`,
      });
    }
    items.push({
      id: `mcp|${key}`,
      kind: 'mcp-server',
      capabilities: command ? ['MCP', 'EXEC'] : ['MCP'],
      key,
      ...(command ? { command } : {}),
      ...(url ? { url: redactUrl(url) } : {}),
      ...(details.length ? { value: details.join('; ') } : {}),
      ...(flags.length ? { flags } : {}),
    });
    append(items, envItems(server.env, `${key}.env`));
    const helper = str(server.headersHelper);
    if (helper)
      items.push({ kind: 'command', capabilities: ['EXEC'], key: `${key}.headersHelper`, command: helper });
  }
  return items;
}
