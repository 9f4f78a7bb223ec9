/**
 * Hooks of every tool that uses the `{<event>: [entries]}` shape: Claude Code and Gemini CLI
 * (`[{matcher, hooks: [{type, command}]}]`), Cursor / Windsurf / Codex / Devin / OpenHands (`[{command}]`),
 * Copilot CLI (`[{type, bash, powershell}]`). An array of `{event, command}` is accepted too.
 */
import { commandOf } from '../command.js';
import { asArray, clip, isObj, str, type Json } from '../values.js';
import type { ItemDraft } from '../types.js';

const HOOK_COMMAND_KEYS = [
  'command',
  'bash',
  'sh',
  'powershell',
  'pwsh',
  'cmd',
  'script',
  'run',
  'linux',
  'osx',
  'windows',
];
const NOT_EVENTS = new Set(['enabled', 'disabled', 'notifications', 'version', 'settings']);

export function hookItems(hooks: Json, prefix = 'hooks'): ItemDraft[] {
  const entries: [string, Json][] = isObj(hooks)
    ? Object.entries(hooks)
    : asArray(hooks).map((h) => [str(isObj(h) ? (h.event ?? h.type ?? h.on) : undefined) ?? '*', h]);
  const items: ItemDraft[] = [];
  for (const [event, value] of entries) {
    if (NOT_EVENTS.has(event)) continue;
    for (const entry of asArray(value)) collectHook(event, entry, undefined, `${prefix}.${event}`, items);
  }
  return items;
}

/** One hook entry and the hooks nested in it (Claude Code's matcher groups), in document order. */
function collectHook(
  event: string,
  entry: Json,
  matcher: string | undefined,
  key: string,
  items: ItemDraft[],
): void {
  if (typeof entry === 'string') {
    items.push({ kind: 'hook', capabilities: ['EXEC'], key, event, command: entry });
    return;
  }
  if (!isObj(entry)) return;
  const m = str(entry.matcher) ?? matcher;
  const where = m ? `${key}[${m}]` : key;
  let found = false;
  for (const k of HOOK_COMMAND_KEYS) {
    const c = k === 'command' ? commandOf(entry.command, entry.args) : str(entry[k]);
    if (c === undefined) continue;
    items.push({
      kind: 'hook',
      capabilities: ['EXEC'],
      key: k === 'command' ? where : `${where}.${k}`,
      event,
      command: c,
    });
    found = true;
  }
  if (!found && typeof entry.prompt === 'string') {
    items.push({ kind: 'hook', capabilities: ['INSTR'], key: where, event, value: clip(entry.prompt, 300) });
  }
  for (const nested of asArray(entry.hooks)) collectHook(event, nested, m, key, items);
}
