/** Kiro `.kiro/hooks/*.kiro.hook`: `when` a file event happens, `then` run a command or send a prompt. */
import { parseJsonc } from '../formats/jsonc.js';
import { instructedCommands } from '../instructed.js';
import { append } from '../items.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { isObj, str, valueText } from '../values.js';

export const parseKiroHook: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('.kiro.hook is not a JSON object');
  const when = isObj(doc.when) ? doc.when : {};
  const then = isObj(doc.then) ? doc.then : {};
  const event = str(when.type) ?? 'unknown';
  const items: ItemDraft[] = [];
  const instructions: string[] = [];
  const command = str(then.command);
  if (command)
    items.push({
      id: 'hook|then',
      kind: 'hook',
      capabilities: ['EXEC'],
      key: 'then.command',
      event,
      command,
    });
  const prompt = str(then.prompt);
  if (prompt) {
    instructions.push(prompt);
    append(items, instructedCommands(prompt));
  }
  if (when.patterns !== undefined)
    items.push({
      id: 'hook|when',
      kind: 'hook',
      capabilities: [],
      key: 'when.patterns',
      event,
      value: valueText(when.patterns),
    });
  return { items, instructions, document: doc };
};
