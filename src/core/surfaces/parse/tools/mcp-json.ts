/** MCP configuration files (`.mcp.json`, `.vscode/mcp.json`, `.cursor/mcp.json`, …) under any of their names. */
import { mcpItems } from '../extract/mcp.js';
import { parseJsonc } from '../formats/jsonc.js';
import { SurfaceParseError, type Parser } from '../types.js';
import { isObj } from '../values.js';

export const parseMcpJson: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('MCP configuration is not a JSON object');
  const servers = doc.mcpServers ?? doc.servers ?? doc.mcp_servers ?? doc.context_servers;
  const prefix = doc.mcpServers ? 'mcpServers' : doc.servers ? 'servers' : 'mcp_servers';
  return { items: mcpItems(servers, prefix), document: doc };
};
