/**
 * Command mining: commands an instruction text tells the agent to run. They are not run by the tool itself, so
 * they carry INSTR only; they are used to find the repository helpers an instruction makes the agent run.
 */
import type { ItemDraft } from './types.js';

const INTERPRETERS =
  'node|nodejs|bun|deno|python3?|py|ruby|perl|php|bash|sh|zsh|pwsh|powershell|tsx|ts-node|npx|source';
const COMMAND = new RegExp(
  `(?:^|[\\s\`'"(])((?:${INTERPRETERS})\\s+(?:-\\S+\\s+)*[^\\s\`'")]+|\\./[^\\s\`'")]+)`,
  'gm',
);
const MAX_COMMANDS = 50;

export function instructedCommands(text: string): ItemDraft[] {
  const seen = new Set<string>();
  const items: ItemDraft[] = [];
  for (const m of text.matchAll(COMMAND)) {
    const command = m[1]?.trim();
    if (!command || seen.has(command) || seen.size >= MAX_COMMANDS) continue;
    seen.add(command);
    items.push({
      kind: 'instructed-command',
      capabilities: ['INSTR'],
      key: 'text',
      command,
      instructed: true,
    });
  }
  return items;
}
