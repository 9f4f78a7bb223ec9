/** Gemini CLI `.gemini/settings.json`: hooks and MCP servers; the rest generically, with auto-accept flagged. */
import { genericItems } from '../extract/generic.js';
import { hookItems } from '../extract/hooks.js';
import { mcpItems } from '../extract/mcp.js';
import { parseJsonc } from '../formats/jsonc.js';
import { append } from '../items.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { isObj } from '../values.js';

export const parseGeminiSettings: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('settings file is not a JSON object');
  const items: ItemDraft[] = [];
  if (doc.hooks !== undefined) append(items, hookItems(doc.hooks));
  if (isObj(doc.mcpServers)) append(items, mcpItems(doc.mcpServers, 'mcpServers'));
  const rest = genericItems(
    Object.fromEntries(Object.entries(doc).filter(([k]) => k !== 'hooks' && k !== 'mcpServers')),
  );
  append(items, rest.items);
  return { items: items.map(withAutoAccept), instructions: rest.instructions, document: doc };
};

function withAutoAccept(item: ItemDraft): ItemDraft {
  if (
    item.kind !== 'permission' ||
    !/(autoAccept|yolo|approvalMode)$/i.test(item.key) ||
    !/^(true|"?yolo"?|"?auto_edit"?)$/i.test(item.value ?? '')
  )
    return item;
  const flag = {
    flag: 'auto-approve' as const,
    reason: `${item.key}: ${item.value} runs tools without confirmation`,
  };
  return { ...item, flags: [...(item.flags ?? []), flag] };
}
