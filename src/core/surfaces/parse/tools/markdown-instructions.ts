/**
 * Instruction files (CLAUDE.md, AGENTS.md, rules, prompts, skills): the whole text is instructions; the front
 * matter may declare hooks, MCP servers and allowed tools; commands the prose tells the agent to run and
 * `@path` imports lead to the files it makes the agent run or read.
 */
import { hookItems } from '../extract/hooks.js';
import { mcpItems } from '../extract/mcp.js';
import { splitFrontMatter } from '../formats/front-matter.js';
import { instructedCommands } from '../instructed.js';
import { append, permissionItem } from '../items.js';
import type { ItemDraft, Parser } from '../types.js';
import { isObj, valueText } from '../values.js';

/** `@path/to/file.md` imports (Claude Code memory files): the imported file is loaded as instructions too. */
const IMPORT = /(?:^|\s)@((?:\.{1,2}\/)?[\w-][\w.\-/]*\.\w+)/gm;

export const parseMarkdownInstructions: Parser = ({ text }) => {
  const { frontMatter } = splitFrontMatter(text);
  const items: ItemDraft[] = [];
  if (isObj(frontMatter)) {
    if (frontMatter.hooks !== undefined) append(items, hookItems(frontMatter.hooks));
    if (isObj(frontMatter.mcpServers)) append(items, mcpItems(frontMatter.mcpServers, 'mcpServers'));
    for (const k of ['allowed-tools', 'allowedTools', 'tools']) {
      if (frontMatter[k] !== undefined) items.push(permissionItem(k, valueText(frontMatter[k])));
    }
  }
  append(items, instructedCommands(text));
  for (const m of text.matchAll(IMPORT)) {
    items.push({
      id: `import|${m[1]}`,
      kind: 'file',
      capabilities: ['INSTR'],
      key: 'import',
      value: m[1],
      imported: true,
    });
  }
  return { items, instructions: [text], document: frontMatter };
};
