/** Hook files of Cursor, Windsurf, Copilot CLI, Codex, Devin, OpenHands: `{hooks: {<event>: [...]}}`. */
import { hookItems } from '../extract/hooks.js';
import { parseJsonc } from '../formats/jsonc.js';
import { SurfaceParseError, type Parser } from '../types.js';
import { isObj } from '../values.js';

export const parseHooksJson: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('hooks file is not a JSON object');
  return { items: hookItems(doc.hooks ?? {}), document: doc };
};
