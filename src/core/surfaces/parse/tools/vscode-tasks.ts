/**
 * VS Code `.vscode/tasks.json`: every task's command per platform, with `runOn` as its event (`folderOpen` runs
 * without a user action), the shells tasks run in, and task env.
 */
import { commandOf } from '../command.js';
import { envItems } from '../extract/env.js';
import { parseJsonc } from '../formats/jsonc.js';
import { append } from '../items.js';
import { SurfaceParseError, type ItemDraft, type Parser } from '../types.js';
import { asArray, isObj, str, type Obj } from '../values.js';

const PLATFORMS = ['windows', 'linux', 'osx'] as const;

export const parseVscodeTasks: Parser = ({ text }) => {
  const doc = parseJsonc(text);
  if (!isObj(doc)) throw new SurfaceParseError('tasks.json is not a JSON object');
  const items: ItemDraft[] = [];
  for (const os of PLATFORMS) {
    const shell =
      isObj(doc[os]) && isObj((doc[os] as Obj).options) ? ((doc[os] as Obj).options as Obj).shell : undefined;
    if (isObj(shell) && str(shell.executable)) {
      items.push({
        kind: 'command',
        capabilities: ['EXEC'],
        key: `${os}.options.shell`,
        command: commandOf(shell.executable, shell.args)!,
      });
    }
  }
  if (isObj(doc.options) && isObj(doc.options.shell) && str(doc.options.shell.executable)) {
    items.push({
      kind: 'command',
      capabilities: ['EXEC'],
      key: 'options.shell',
      command: commandOf(doc.options.shell.executable, doc.options.shell.args)!,
    });
  }
  asArray(doc.tasks).forEach((task, i) => {
    if (!isObj(task)) return;
    const label = str(task.label) ?? str(task.taskName) ?? `#${i}`;
    const runOn = isObj(task.runOptions) ? str(task.runOptions.runOn) : undefined;
    const event = runOn ?? 'manual';
    const variants: [string, Obj][] = [
      ['', task],
      ...PLATFORMS.filter((os) => isObj(task[os])).map((os) => [`.${os}`, task[os] as Obj] as [string, Obj]),
    ];
    for (const [suffix, t] of variants) {
      const commandValue = isObj(t.command) ? t.command.value : t.command;
      let command = commandOf(commandValue, t.args);
      if (!command && suffix === '' && str(task.type) === 'npm' && str(task.script))
        command = `npm run ${str(task.script)}`;
      if (!command) continue;
      items.push({
        id: `task|${label}${suffix}`,
        kind: 'task',
        capabilities: ['EXEC'],
        key: `tasks[${label}]${suffix}`,
        event,
        command,
      });
    }
    if (isObj(task.options) && isObj(task.options.env))
      append(items, envItems(task.options.env, `tasks[${label}].options.env`));
  });
  return { items, document: doc };
};
