/** `package.json`: the scripts npm runs by itself (install, prepare, test, …) and those they run in turn. */
import { parseJsonc } from '../formats/jsonc.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { isObj, str } from '../values.js';

const NPM_IMPLICIT_SCRIPTS = [
  'preinstall',
  'install',
  'postinstall',
  'preuninstall',
  'uninstall',
  'postuninstall',
  'prepublish',
  'preprepare',
  'prepare',
  'postprepare',
  'prepublishOnly',
  'prepack',
  'postpack',
  'dependencies',
  'pretest',
  'test',
  'posttest',
];
/** How far `npm run <name>` chains are followed from an implicit script. */
const MAX_DEPTH = 3;
const RUN_SCRIPT = /\b(?:npm\s+(?:run|run-script)|yarn(?:\s+run)?|pnpm(?:\s+run)?|bun\s+run)\s+([\w:.-]+)/g;

export const parsePackageJson: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('package.json is not a JSON object');
  const scripts = isObj(doc.scripts) ? doc.scripts : {};
  const items: ItemDraft[] = [];
  const queue: { name: string; via?: string; depth: number }[] = NPM_IMPLICIT_SCRIPTS.map((name) => ({
    name,
    depth: 0,
  }));
  const done = new Set<string>();
  while (queue.length) {
    const { name, via, depth } = queue.shift()!;
    if (done.has(name)) continue;
    const cmd = str(scripts[name]);
    if (cmd === undefined) continue;
    done.add(name);
    items.push({
      id: `script|${name}`,
      kind: 'script',
      capabilities: ['EXEC'],
      key: `scripts.${name}`,
      event: via ?? name,
      command: cmd,
    });
    if (depth >= MAX_DEPTH) continue;
    for (const m of cmd.matchAll(RUN_SCRIPT)) {
      if (m[1]) queue.push({ name: m[1], via: `${via ?? name} → ${m[1]}`, depth: depth + 1 });
    }
  }
  return { items, document: doc };
};
