/**
 * VS Code `.vscode/settings.json`: chat tool auto-approval and workspace trust, terminal env and shells, MCP
 * servers, executable paths, and the Copilot co-author switch.
 */
import { commandOf, joinArgv } from '../command.js';
import { envItems } from '../extract/env.js';
import { genericItems } from '../extract/generic.js';
import { mcpItems } from '../extract/mcp.js';
import { parseJsonc } from '../formats/jsonc.js';
import { append, permissionItem } from '../items.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { isObj, str, truthy, valueText, type Json } from '../values.js';

const AUTO_APPROVE = /^chat\.tools\.(?:[\w.]+\.)?autoApprove$|^chat\.tools\.autoApprove$/;

export const parseVscodeSettings: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('settings file is not a JSON object');
  const items: ItemDraft[] = [];
  const suppression: string[] = [];
  const instructions: string[] = [];
  for (const [k, v] of Object.entries(doc)) {
    if (AUTO_APPROVE.test(k) || k === 'task.allowAutomaticTasks' || k === 'chat.mcp.autostart') {
      items.push(
        permissionItem(
          k,
          valueText(v),
          truthy(v)
            ? { flag: 'auto-approve', reason: `${k} lets the assistant run tools or tasks without asking` }
            : undefined,
        ),
      );
    } else if (/^(chat\.|security\.workspace\.trust)/.test(k)) items.push(permissionItem(k, valueText(v)));
    else if (/^terminal\.integrated\.env\./.test(k)) append(items, envItems(v, k));
    else if (/^terminal\.integrated\.(profiles|automationProfile|shell|shellArgs)\./.test(k)) {
      const entries =
        k.startsWith('terminal.integrated.profiles.') && isObj(v)
          ? Object.entries(v)
          : [['', v] as [string, Json]];
      for (const [name, p] of entries) {
        const c = isObj(p) ? commandOf(p.path, p.args) : Array.isArray(p) ? joinArgv(p.map(String)) : str(p);
        if (c)
          items.push({ kind: 'command', capabilities: ['EXEC'], key: name ? `${k}.${name}` : k, command: c });
        if (isObj(p) && isObj(p.env)) append(items, envItems(p.env, `${k}.${name}.env`));
      }
    } else if (k === 'mcp' && isObj(v)) append(items, mcpItems(v.servers, 'mcp.servers'));
    else if (k === 'git.addAICoAuthor' && (v === 'off' || v === false))
      suppression.push(`git.addAICoAuthor=${valueText(v)}`);
    else if (/(Path|\.path|[cC]ommand|[eE]xecutable|\.tsdk|[rR]untime)$/.test(k) && typeof v === 'string') {
      items.push({ id: `setting|${k}`, kind: 'command', capabilities: ['EXEC'], key: k, command: v });
    } else if (isObj(v) && /hooks|mcp/i.test(k)) {
      const nested = genericItems({ [k]: v });
      append(items, nested.items);
      append(instructions, nested.instructions);
    }
  }
  return { items, suppression, instructions, document: doc };
};
