/**
 * `binding.gyp` (Python literals): command expansions `<!(…)`/`<!@(…)` run at configure time, `action` lists at
 * build time. The file is also compared line by line as executable content.
 */
import { joinArgv } from '../command.js';
import type { ItemDraft, Parser } from '../types.js';

export const parseBindingGyp: Parser = ({ text }) => {
  const items: ItemDraft[] = [];
  for (const m of text.matchAll(/<!@?\(([^)]*)\)/g)) {
    items.push({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'command-expansion',
      event: 'configure',
      command: (m[1] ?? '').trim(),
    });
  }
  for (const m of text.matchAll(/['"]action['"]\s*:\s*\[([^\]]*)\]/g)) {
    const argv = [...(m[1] ?? '').matchAll(/'([^']*)'|"([^"]*)"/g)].map((a) => a[1] ?? a[2] ?? '');
    items.push({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'actions',
      event: 'build',
      command: joinArgv(argv),
    });
  }
  return { items, executableText: text };
};
