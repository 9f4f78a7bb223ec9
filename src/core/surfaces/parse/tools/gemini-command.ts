/** Gemini CLI custom commands (`.gemini/commands/**.toml`): the prompt, and the `!{…}` shell it injects. */
import { parseToml } from '../formats/toml.js';
import { instructedCommands } from '../instructed.js';
import { append } from '../items.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { isObj, str } from '../values.js';

export const parseGeminiCommand: Parser = ({ text }) => {
  const doc = parseToml(text);
  if (!isObj(doc)) throw new SurfaceParseError('command file is not a TOML table');
  const prompt = str(doc.prompt) ?? '';
  const items: ItemDraft[] = [];
  for (const m of prompt.matchAll(/!\{([^}]*)\}/g)) {
    items.push({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'prompt',
      event: 'shell-injection',
      command: m[1] ?? '',
    });
  }
  append(items, instructedCommands(prompt));
  return { items, instructions: [prompt], document: doc };
};
