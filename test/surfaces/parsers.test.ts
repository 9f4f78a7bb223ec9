/**
 * Each parser of the table on its own: what it reads from a file's text (items, instructions, suppression,
 * document), and the shared building blocks (formats, redaction, command mining, item ids). The end-to-end
 * behaviour through real repositories is in tools.test.ts, changes.test.ts and campaigns.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { SURFACE_RULES, type ParserKind } from '../../src/core/surfaces/catalogue.js';
import {
  effectiveKind,
  PARSERS,
  parseSurface,
  SurfaceParseError,
  type ParsedItem,
  type ParsedSurface,
} from '../../src/core/surfaces/parse/index.js';
import { commandOf, joinArgv } from '../../src/core/surfaces/parse/command.js';
import { parseDotenv } from '../../src/core/surfaces/parse/formats/dotenv.js';
import { splitFrontMatter } from '../../src/core/surfaces/parse/formats/front-matter.js';
import { parseJsonc } from '../../src/core/surfaces/parse/formats/jsonc.js';
import { parseToml } from '../../src/core/surfaces/parse/formats/toml.js';
import { parseYaml } from '../../src/core/surfaces/parse/formats/yaml.js';
import { instructedCommands } from '../../src/core/surfaces/parse/instructed.js';
import { MAX_ITEMS, withIds } from '../../src/core/surfaces/parse/items.js';
import { envValue, redactUrl } from '../../src/core/surfaces/parse/redact.js';

const parse = (kind: ParserKind, text: string, path = 'x'): ParsedSurface =>
  parseSurface(kind, path, Buffer.from(text));
const json = (kind: ParserKind, doc: unknown): ParsedSurface => parse(kind, JSON.stringify(doc));
/** The fields that say what an item does, without its id. */
const brief = (items: ParsedItem[]): unknown[] =>
  items.map((i) => [i.kind, i.key, i.event, i.command ?? i.url ?? i.value, i.capabilities.join(',')]);
const flagsOf = (items: ParsedItem[]): string[] => items.flatMap((i) => i.flags?.map((f) => f.flag) ?? []);

describe('the parser table', () => {
  it('has a parser for every kind the catalogue uses, and every table entry is a function', () => {
    for (const rule of SURFACE_RULES) expect(typeof PARSERS[rule.parser]).toBe('function');
    expect(Object.values(PARSERS).every((p) => typeof p === 'function')).toBe(true);
  });

  it('by-extension picks the parser by name, and a #! line makes any file a script', () => {
    const of = (path: string, text = ''): ParserKind =>
      effectiveKind('by-extension', path, Buffer.from(text));
    expect(of('.clinerules/style.md')).toBe('markdown-instructions');
    expect(of('.clinerules/TaskStart')).toBe('markdown-instructions');
    expect(of('.clinerules/TaskStart', '#!/bin/sh\nnpm ci\n')).toBe('plain-exec');
    expect(of('.kiro/agents/a.json')).toBe('generic-json');
    expect(of('.continue/config.yaml')).toBe('generic-yaml');
    expect(of('.x/cmd.toml')).toBe('gemini-command');
    expect(of('.x/run.py')).toBe('plain-exec');
    expect(effectiveKind('claude-settings', 'a.md')).toBe('claude-settings');
    // The table entry delegates: a shebang script under a by-extension rule is compared as executable text.
    expect(parse('by-extension', '#!/bin/sh\nid\n', '.clinerules/hooks/x').executableText).toBe(
      '#!/bin/sh\nid\n',
    );
  });

  it('a file that is not valid for its format is a SurfaceParseError naming what is wrong', () => {
    expect(() => parse('claude-settings', '{"a": }')).toThrow(SurfaceParseError);
    expect(() => parse('claude-settings', '[1]')).toThrow('settings file is not a JSON object');
    expect(() => parse('codex-toml', 'a = ')).toThrow(/^invalid TOML: /);
    expect(() => parse('copilot-setup-steps', 'a: [')).toThrow(/^invalid YAML: /);
    expect(() => parse('copilot-setup-steps', '- a')).toThrow('workflow is not a YAML mapping');
    expect(() => parse('kiro-hook', '"s"')).toThrow('.kiro.hook is not a JSON object');
    expect(() => parse('gemini-command', '')).not.toThrow();
  });
});

describe('formats', () => {
  it('JSONC: comments, trailing commas and a BOM are accepted; an error names line and column', () => {
    expect(parseJsonc('\uFEFF{ // c\n "a": [1,], }')).toEqual({ a: [1] });
    expect(() => parseJsonc('{\n  "a": 1\n  "b": 2\n}')).toThrow(
      'invalid JSON: CommaExpected at line 3 column 3',
    );
  });

  it('YAML: alias expansion is bounded (a billion-laughs file is an error, not a hang)', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      laughs.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
          .join(', ')}]`,
      );
    expect(() => parseYaml(laughs.join('\n'))).toThrow(/^invalid YAML: /);
    expect(parseYaml('')).toBeNull();
  });

  it('TOML: tables and arrays; the error is one line', () => {
    expect(parseToml('[a]\nb = ["c"]\n')).toEqual({ a: { b: ['c'] } });
    expect(() => parseToml('[a\n')).toThrow(/^invalid TOML: [^\n]+$/);
  });

  it('front matter: split only when the file opens with ---, closed by --- or ...', () => {
    expect(splitFrontMatter('---\ntools: Bash\n---\nbody\n')).toEqual({
      frontMatter: { tools: 'Bash' },
      body: 'body\n',
    });
    expect(splitFrontMatter('---\na: 1\n...\n')).toEqual({ frontMatter: { a: 1 }, body: '' });
    expect(splitFrontMatter('# t\n---\na: 1\n---\n')).toEqual({ body: '# t\n---\na: 1\n---\n' });
  });

  it('dotenv: export prefix and one quote pair removed, comments and other lines ignored', () => {
    expect(parseDotenv('export A=1\nB="two words"\n# C=3\nnot a line\nD=\'x\'y\n')).toEqual([
      ['A', '1'],
      ['B', 'two words'],
      ['D', "'x'y"],
    ]);
  });
});

describe('redaction', () => {
  it('secret-looking env keys are redacted; endpoint keys and plain values are kept', () => {
    expect(envValue('GITHUB_TOKEN', 'ghp_x')).toBe('<redacted>');
    expect(envValue('DB_PASSWORD', 'p')).toBe('<redacted>');
    expect(envValue('AUTH_BASE_URL', 'https://h.invalid/')).toBe('https://h.invalid/');
    expect(envValue('NODE_OPTIONS', '--require ./x.js')).toBe('--require ./x.js');
    expect(envValue('N', 3)).toBe('3');
    expect(envValue('LONG', 'x'.repeat(400))).toMatch(/…\[100 more characters\]$/);
  });

  it('URLs lose user info and query values; other text is kept as written', () => {
    expect(redactUrl('https://u:p@h.invalid/a?k=v&t=s')).toBe(
      'https://redacted:redacted@h.invalid/a?k=redacted&t=redacted',
    );
    expect(redactUrl('https://h.invalid/a')).toBe('https://h.invalid/a');
    expect(redactUrl('not a url')).toBe('not a url');
    expect(redactUrl('http://u:p@[bad/')).toBe('http://redacted@[bad/');
  });
});

describe('commands and command mining', () => {
  it('commandOf joins argv shell-style and keeps a lone string as written', () => {
    expect(commandOf('npm test')).toBe('npm test');
    expect(commandOf('npx', ['-y', 'pkg@1'])).toBe('npx -y pkg@1');
    expect(commandOf(['bun', 'x', 'a b'])).toBe("bun x 'a b'");
    expect(commandOf('x', [{ value: "it's" }])).toBe(`x 'it'\\''s'`);
    expect(commandOf(undefined)).toBeUndefined();
    expect(commandOf({ a: 1 })).toBeUndefined();
    expect(joinArgv(['a', '$HOME/x', 'b;c'])).toBe("a $HOME/x 'b;c'");
  });

  it('instructed commands: interpreters and ./ paths in prose, each once, at most 50', () => {
    const found = instructedCommands(
      'Run `node scripts/a.js` then ./b.sh, and python3 -u c.py; again node scripts/a.js',
    );
    expect(found.map((i) => i.command)).toEqual(['node scripts/a.js', './b.sh,', 'python3 -u c.py;']);
    expect(found.every((i) => i.instructed && i.capabilities.join() === 'INSTR')).toBe(true);
    const many = Array.from({ length: 80 }, (_, i) => `./s${i}.sh`).join('\n');
    expect(instructedCommands(many)).toHaveLength(50);
  });
});

describe('item ids', () => {
  it('repeated entries get #2, #3; explicit ids are kept; commands are clipped after the id is taken', () => {
    const long = 'x'.repeat(1500);
    const items = withIds([
      { kind: 'hook', capabilities: ['EXEC'], key: 'h', command: 'a' },
      { kind: 'hook', capabilities: ['EXEC'], key: 'h', command: 'a' },
      { kind: 'hook', capabilities: ['EXEC'], key: 'h', command: 'a' },
      { id: 'env|A', kind: 'env', capabilities: ['ENV'], key: 'A', value: '1' },
      { kind: 'command', capabilities: ['EXEC'], key: 'c', command: long },
    ]);
    expect(items.map((i) => i.id)).toEqual([
      'hook|h|a',
      'hook|h|a#2',
      'hook|h|a#3',
      'env|A',
      `command|c|${long}`,
    ]);
    expect(items[4]!.command).toBe(`${'x'.repeat(1000)}…[500 more characters]`);
  });

  it(`keeps the first ${MAX_ITEMS} items, and a file with more entries than a call takes arguments still parses`, () => {
    const env = Object.fromEntries(Array.from({ length: 140_000 }, (_, i) => [`K${i}`, 'v']));
    const s = json('claude-settings', { env, hooks: { Stop: [{ command: 'late' }] } });
    expect(s.items).toHaveLength(MAX_ITEMS);
    expect(s.items[0]).toMatchObject({ kind: 'hook', command: 'late' });
    expect(s.items.at(-1)?.key).toBe(`env.K${MAX_ITEMS - 2}`);
  });
});

describe('Claude Code settings', () => {
  it('hooks with matchers, helpers, env, permissions, MCP approval, plugins, marketplaces, suppression', () => {
    const s = json('claude-settings', {
      hooks: {
        PreToolUse: [
          {
            matcher: 'Bash',
            hooks: [
              { type: 'command', command: 'guard.sh' },
              { type: 'prompt', prompt: 'check it' },
            ],
          },
        ],
      },
      statusLine: { command: 'status.sh' },
      awsAuthRefresh: 'aws sso login',
      env: { A: '1' },
      permissions: { allow: ['Bash(npm *)'], defaultMode: 'bypassPermissions' },
      enableAllProjectMcpServers: false,
      enabledMcpjsonServers: ['db'],
      enabledPlugins: { 'a@m': true, 'b@m': false },
      extraKnownMarketplaces: { m: { source: 'github' } },
      mcpServers: { s: { command: 'srv' } },
      attribution: { commit: '', pr: '' },
      model: 'opus',
      custom: { systemPrompt: 'be terse', run: 'make' },
    });
    expect(brief(s.items)).toEqual([
      ['hook', 'hooks.PreToolUse[Bash]', 'PreToolUse', 'guard.sh', 'EXEC'],
      ['hook', 'hooks.PreToolUse[Bash]', 'PreToolUse', 'check it', 'INSTR'],
      ['command', 'statusLine.command', undefined, 'status.sh', 'EXEC'],
      ['command', 'awsAuthRefresh', undefined, 'aws sso login', 'EXEC'],
      ['env', 'env.A', 'A', '1', 'ENV'],
      ['permission', 'permissions.allow', undefined, 'Bash(npm *)', 'PERM'],
      ['permission', 'permissions.defaultMode', undefined, 'bypassPermissions', 'PERM'],
      ['permission', 'enableAllProjectMcpServers', undefined, 'false', 'MCP,PERM'],
      ['permission', 'enabledMcpjsonServers', undefined, 'db', 'MCP,PERM'],
      ['command', 'enabledPlugins.a@m', undefined, 'true', 'EXEC,MCP'],
      ['command', 'extraKnownMarketplaces.m', undefined, '{"source":"github"}', 'EXEC,MCP'],
      ['mcp-server', 'mcpServers.s', undefined, 'srv', 'MCP,EXEC'],
      ['command', 'custom.run', undefined, 'make', 'EXEC'],
    ]);
    expect(flagsOf(s.items)).toEqual(['permission-bypass']);
    expect(s.suppression).toEqual(['attribution.commit=""', 'attribution.pr=""']);
    expect(s.instructionText).toBe('custom.systemPrompt: be terse');
    expect(s.document).toMatchObject({ model: 'opus' });
  });
});

describe('Gemini CLI', () => {
  it('settings: auto-accept and yolo approval are flagged; others are plain permissions', () => {
    const s = json('gemini-settings', {
      autoAccept: true,
      tools: { approvalMode: 'yolo', sandbox: false },
      mcpServers: { m: { httpUrl: 'https://m.invalid/?key=k', trust: true } },
      hooks: { BeforeTool: [{ command: 'check' }] },
    });
    expect(brief(s.items)).toEqual([
      ['hook', 'hooks.BeforeTool', 'BeforeTool', 'check', 'EXEC'],
      ['mcp-server', 'mcpServers.m', undefined, 'https://m.invalid/?key=redacted', 'MCP'],
      ['permission', 'autoAccept', undefined, 'true', 'PERM'],
      ['permission', 'tools.approvalMode', undefined, 'yolo', 'PERM'],
      ['permission', 'tools.sandbox', undefined, 'false', 'PERM'],
    ]);
    expect(s.items.map((i) => i.flags?.map((f) => f.flag) ?? [])).toEqual([
      [],
      ['auto-approve'],
      ['auto-approve'],
      ['auto-approve'],
      [],
    ]);
  });

  it('custom command: the prompt is instructions, !{…} is shell the CLI runs, an empty file has an empty prompt', () => {
    const s = parse('gemini-command', 'prompt = "Summarise !{git log -5} and run node tools/x.js"\n');
    expect(brief(s.items)).toEqual([
      ['command', 'prompt', 'shell-injection', 'git log -5', 'EXEC'],
      ['instructed-command', 'text', undefined, 'node tools/x.js', 'INSTR'],
    ]);
    expect(s.instructionText).toBe('Summarise !{git log -5} and run node tools/x.js');
    expect(parse('gemini-command', 'description = "d"\n').instructionText).toBe('');
  });
});

describe('VS Code', () => {
  it('settings: approvals, workspace trust, terminal env and profiles, MCP, executable paths, nested hooks', () => {
    const s = json('vscode-settings', {
      'chat.tools.terminal.autoApprove': { rm: false },
      'chat.mcp.autostart': 'never',
      'security.workspace.trust.enabled': false,
      'terminal.integrated.env.linux': { PATH: '/evil:$PATH' },
      'terminal.integrated.profiles.linux': {
        evil: { path: 'bash', args: ['--rcfile', '.x'], env: { E: 1 } },
      },
      'terminal.integrated.shell.osx': '/bin/zsh',
      mcp: { servers: { s: { command: 'srv', args: ['--stdio'] } } },
      'python.defaultInterpreterPath': '.venv/bin/python',
      'git.addAICoAuthor': false,
      'my.hooks': { hooks: { onSave: ['fmt'] }, prompt: 'p' },
      'editor.tabSize': 2,
    });
    expect(brief(s.items)).toEqual([
      ['permission', 'chat.tools.terminal.autoApprove', undefined, '{"rm":false}', 'PERM'],
      ['permission', 'chat.mcp.autostart', undefined, 'never', 'PERM'],
      ['permission', 'security.workspace.trust.enabled', undefined, 'false', 'PERM'],
      ['env', 'terminal.integrated.env.linux.PATH', 'PATH', '/evil:$PATH', 'ENV'],
      ['command', 'terminal.integrated.profiles.linux.evil', undefined, 'bash --rcfile .x', 'EXEC'],
      ['env', 'terminal.integrated.profiles.linux.evil.env.E', 'E', '1', 'ENV'],
      ['command', 'terminal.integrated.shell.osx', undefined, '/bin/zsh', 'EXEC'],
      ['mcp-server', 'mcp.servers.s', undefined, 'srv --stdio', 'MCP,EXEC'],
      ['command', 'python.defaultInterpreterPath', undefined, '.venv/bin/python', 'EXEC'],
      ['hook', 'my.hooks.hooks.onSave', 'onSave', 'fmt', 'EXEC'],
    ]);
    // An object of approvals counts as on; "never" is not on.
    expect(s.items.map((i) => i.flags?.[0]?.flag)).toEqual(['auto-approve', ...Array(9).fill(undefined)]);
    expect(s.suppression).toEqual(['git.addAICoAuthor=false']);
    expect(s.instructionText).toBe('my.hooks.prompt: p');
  });

  it('tasks: shells, per-platform commands, runOn as the event, npm tasks, task env', () => {
    const s = parse(
      'vscode-tasks',
      `{ "linux": { "options": { "shell": { "executable": "bash", "args": ["-l"] } } },
         "tasks": [
           { "label": "boot", "command": { "value": "node" }, "args": [{ "value": "x.js" }],
             "runOptions": { "runOn": "folderOpen" }, "windows": { "command": "x.cmd" },
             "options": { "env": { "T": "1" } } },
           { "type": "npm", "script": "build" },
           { "label": "empty" },
         ] }`,
    );
    expect(brief(s.items)).toEqual([
      ['command', 'linux.options.shell', undefined, 'bash -l', 'EXEC'],
      ['task', 'tasks[boot]', 'folderOpen', 'node x.js', 'EXEC'],
      ['task', 'tasks[boot].windows', 'folderOpen', 'x.cmd', 'EXEC'],
      ['env', 'tasks[boot].options.env.T', 'T', '1', 'ENV'],
      ['task', 'tasks[#1]', 'manual', 'npm run build', 'EXEC'],
    ]);
  });
});

describe('MCP and hook files', () => {
  it('MCP JSON under each of its top-level names; headers and env named, never their values', () => {
    for (const top of ['mcpServers', 'servers', 'mcp_servers', 'context_servers']) {
      const s = json('mcp-json', {
        [top]: {
          a: {
            command: 'npx',
            args: ['a@1'],
            env: { TOKEN: 't' },
            headers: { Authorization: 'b' },
            cwd: 'w',
            headersHelper: 'hh',
          },
        },
      });
      const prefix = top === 'context_servers' ? 'mcp_servers' : top;
      expect(brief(s.items)).toEqual([
        ['mcp-server', `${prefix}.a`, undefined, 'npx a@1', 'MCP,EXEC'],
        ['env', `${prefix}.a.env.TOKEN`, 'TOKEN', '<redacted>', 'ENV'],
        ['command', `${prefix}.a.headersHelper`, undefined, 'hh', 'EXEC'],
      ]);
      expect(s.items[0]!.value).toBe('env: TOKEN; headers: Authorization; cwd: w');
    }
    expect(() => parse('mcp-json', '[]')).toThrow('MCP configuration is not a JSON object');
  });

  it('hook files: every command key of every tool, events that are settings skipped, arrays of {event}', () => {
    const s = json('hooks-json', {
      hooks: {
        version: 1,
        beforeShellExecution: [{ command: 'a' }, 'b'],
        preToolUse: [{ type: 'command', bash: 'c', powershell: 'd' }],
      },
    });
    expect(brief(s.items)).toEqual([
      ['hook', 'hooks.beforeShellExecution', 'beforeShellExecution', 'a', 'EXEC'],
      ['hook', 'hooks.beforeShellExecution', 'beforeShellExecution', 'b', 'EXEC'],
      ['hook', 'hooks.preToolUse.bash', 'preToolUse', 'c', 'EXEC'],
      ['hook', 'hooks.preToolUse.powershell', 'preToolUse', 'd', 'EXEC'],
    ]);
    const list = json('hooks-json', { hooks: [{ event: 'stop', command: 'e' }] });
    expect(brief(list.items)).toEqual([['hook', 'hooks.stop', 'stop', 'e', 'EXEC']]);
  });

  it('Kiro hook: the command runs on the event; a prompt is instructions', () => {
    const s = json('kiro-hook', {
      when: { type: 'fileSaved', patterns: ['*.ts'] },
      then: { prompt: 'Run ./lint.sh on the file' },
    });
    expect(brief(s.items)).toEqual([
      ['instructed-command', 'text', undefined, './lint.sh', 'INSTR'],
      ['hook', 'when.patterns', 'fileSaved', '["*.ts"]', ''],
    ]);
    expect(s.instructionText).toBe('Run ./lint.sh on the file');
  });
});

describe('Codex, Aider and the generic walk', () => {
  it('Codex: shell environment, string notify, profiles walked generically', () => {
    const s = parse(
      'codex-toml',
      'notify = "notify-send done"\nmodel_provider = "x"\n[shell_environment_policy.set]\nPATH = "/p"\n[model_providers.x]\nbase_url = "https://k@llm.invalid/"\n[profiles.ci]\napproval_policy = "never"\n',
    );
    expect(brief(s.items)).toEqual([
      ['command', 'notify', undefined, 'notify-send done', 'EXEC'],
      ['env', 'shell_environment_policy.set.PATH', 'PATH', '/p', 'ENV'],
      ['env', 'model_providers.x.base_url', 'base_url', 'https://redacted@llm.invalid/', 'ENV'],
      ['permission', 'profiles.ci.approval_policy', undefined, 'never', 'PERM'],
    ]);
    expect(flagsOf(s.items)).toEqual(['auto-approve']);
  });

  it('Aider: per-language lint commands, read files, load, env file and set-env; an empty file is fine', () => {
    const s = parse(
      'aider-yaml',
      'lint-cmd:\n  - python: ruff\n    js: eslint\nauto-test: true\nread: [CONVENTIONS.md]\nload: cmds.txt\nenv-file: .env.ai\nset-env:\n  - OPENAI_API_KEY=sk\n  - MODE=a=b\nattribute-committer: false\n',
    );
    expect(brief(s.items)).toEqual([
      ['command', 'lint-cmd', 'lint-cmd', 'python: ruff; js: eslint', 'EXEC'],
      ['permission', 'auto-test', undefined, 'true', 'PERM'],
      ['permission', 'read', undefined, 'CONVENTIONS.md', 'INSTR'],
      ['command', 'load', undefined, 'cmds.txt', 'EXEC'],
      ['env', 'env-file', undefined, '.env.ai', 'ENV'],
      ['env', 'set-env.OPENAI_API_KEY', 'OPENAI_API_KEY', '<redacted>', 'ENV'],
      ['env', 'set-env.MODE', 'MODE', 'a=b', 'ENV'],
    ]);
    expect(s.suppression).toEqual(['attribute-committer=false']);
    expect(parse('aider-yaml', '')).toEqual({ items: [], suppression: [], document: null });
    expect(() => parse('aider-yaml', '- a\n')).toThrow('.aider.conf.yml is not a YAML mapping');
  });

  it('generic JSON and YAML: commands with args, endpoints, prompts, permissions, depth bounded', () => {
    const s = json('generic-json', {
      steps: [{ command: 'uvx', args: ['x'] }],
      llm: { apiBase: 'https://u:p@h.invalid' },
      instructions: 'be careful',
      allowList: ['a'],
      setup: ['npm ci', 'make'],
    });
    expect(brief(s.items)).toEqual([
      ['command', 'steps[0].command', undefined, 'uvx x', 'EXEC'],
      ['env', 'llm.apiBase', 'apiBase', 'https://redacted:redacted@h.invalid/', 'ENV'],
      ['permission', 'allowList', undefined, '["a"]', 'PERM'],
      ['command', 'setup', undefined, 'npm ci', 'EXEC'],
      ['command', 'setup', undefined, 'make', 'EXEC'],
    ]);
    expect(s.instructionText).toBe('instructions: be careful');
    let deep: unknown = { run: 'too deep' };
    for (let i = 0; i < 14; i++) deep = { a: deep };
    expect(json('generic-json', deep).items).toEqual([]);
    expect(
      brief(parse('generic-yaml', 'x:\n  mcpServers:\n    s: { url: "https://s.invalid" }\n').items),
    ).toEqual([['mcp-server', 'x.mcpServers.s', undefined, 'https://s.invalid', 'MCP']]);
  });
});

describe('instructions, scripts and whole files', () => {
  it('Markdown: front matter hooks, MCP and tools; mined commands; @imports; the whole text is instructions', () => {
    const text =
      '---\nhooks:\n  Stop: [{ command: notify }]\nmcpServers:\n  m: { command: srv }\nallowed-tools: Bash(git *)\n---\nRun `bash ./check.sh`. See @docs/rules.md.\n';
    const s = parse('markdown-instructions', text);
    expect(brief(s.items)).toEqual([
      ['hook', 'hooks.Stop', 'Stop', 'notify', 'EXEC'],
      ['mcp-server', 'mcpServers.m', undefined, 'srv', 'MCP,EXEC'],
      ['permission', 'allowed-tools', undefined, 'Bash(git *)', 'PERM'],
      ['instructed-command', 'text', undefined, 'bash ./check.sh', 'INSTR'],
      ['file', 'import', undefined, 'docs/rules.md', 'INSTR'],
    ]);
    expect(s.items.at(-1)).toMatchObject({ id: 'import|docs/rules.md', imported: true });
    expect(s.instructionText).toBe(text);
    expect(parse('markdown-instructions', '# plain\n')).toEqual({
      items: [],
      suppression: [],
      instructionText: '# plain\n',
    });
  });

  it('package.json: implicit scripts and the scripts they run, three steps deep, each once', () => {
    const s = json('package-json', {
      scripts: {
        postinstall: 'npm run a',
        a: 'yarn b && pnpm run c',
        b: 'bun run d',
        c: 'echo c',
        d: 'npm run e',
        e: 'x',
        build: 'tsc',
      },
    });
    expect(s.items.map((i) => [i.key, i.event])).toEqual([
      ['scripts.postinstall', 'postinstall'],
      ['scripts.a', 'postinstall → a'],
      ['scripts.b', 'postinstall → a → b'],
      ['scripts.c', 'postinstall → a → c'],
      ['scripts.d', 'postinstall → a → b → d'],
    ]);
  });

  it('Copilot setup steps: run lines and used actions of that one job, with step env', () => {
    const s = parse(
      'copilot-setup-steps',
      'jobs:\n  other:\n    steps: [{ run: ignored }]\n  copilot-setup-steps:\n    steps:\n      - id: s\n        uses: ./local-action\n        env: { K: v }\n      - run: make\n',
    );
    expect(brief(s.items)).toEqual([
      ['command', 'steps[s].uses', 'agent-setup', './local-action', 'EXEC'],
      ['env', 'steps[s].env.K', 'K', 'v', 'ENV'],
      ['command', 'steps[#1].run', 'agent-setup', 'make', 'EXEC'],
    ]);
    expect(parse('copilot-setup-steps', 'jobs: {}\n').items).toEqual([]);
  });

  it('dotenv: each variable is an env item', () => {
    expect(brief(parse('dotenv', 'export A=1\nSESSION_SECRET="s"\n').items)).toEqual([
      ['env', 'A', 'A', '1', 'ENV'],
      ['env', 'SESSION_SECRET', 'SESSION_SECRET', '<redacted>', 'ENV'],
    ]);
  });

  it('binding.gyp: configure-time expansions and build actions, and the file as executable text', () => {
    const text =
      "{ 'targets': [{ 'sources': ['<!@(ls src)'], 'actions': [{ 'action': ['python', 'gen x.py'] }] }] }";
    const s = parse('binding-gyp', text);
    expect(brief(s.items)).toEqual([
      ['command', 'command-expansion', 'configure', 'ls src', 'EXEC'],
      ['command', 'actions', 'build', "python 'gen x.py'", 'EXEC'],
    ]);
    expect(s.executableText).toBe(text);
  });

  it('plain files are compared as a whole', () => {
    expect(parse('plain-text', 'secrets/\n')).toEqual({
      items: [],
      suppression: [],
      executableText: 'secrets/\n',
    });
    expect(parse('plain-exec', 'FROM x\n')).toEqual({
      items: [],
      suppression: [],
      executableText: 'FROM x\n',
    });
  });
});
