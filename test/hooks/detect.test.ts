/**
 * Commit-time detection from the environment: every row of AGENT_SIGNALS, the sh fast path generated from the
 * same rows (run by a real /bin/sh), the trailer vocabulary, and the user-level instruction digest.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/core/attribution/message.js';
import { AGENT_SIGNALS, signalVariables, type Condition } from '../../src/core/hooks/agents.js';
import { detectCommitEnvironment, type Environment } from '../../src/core/hooks/detect.js';
import { fastPath } from '../../src/core/hooks/script.js';
import { parseAgentAuthored, parseTagValue, readCommitTag } from '../../src/core/attribution/tags.js';
import { userInstructions } from '../../src/core/hooks/user-instructions.js';

const exec = promisify(execFile);
const noFiles = (): boolean => false;
const detect = (env: Environment, files: (p: string) => boolean = noFiles) =>
  detectCommitEnvironment(env, files);

/** An environment that satisfies a signal's conditions. */
function satisfying(when: Condition[]): { env: Record<string, string>; files: Set<string> } {
  const env: Record<string, string> = {};
  const files = new Set<string>();
  for (const c of when) {
    if ('file' in c) files.add(c.file);
    else env[c.env] = c.equals ?? (c.prefix ? `${c.prefix}x` : c.suffix ? `Dev${c.suffix}` : 'set');
  }
  return { env, files };
}

/** Runs the generated fast path in /bin/sh with `env`: did it decide to start Node? */
async function shDecides(env: Record<string, string>): Promise<boolean> {
  const script = ['hit=', ...fastPath(), 'if [ -n "$hit" ]; then echo node; else echo skip; fi'].join('\n');
  const r = await exec('/bin/sh', ['-c', script], { env: { PATH: process.env.PATH, ...env } });
  return r.stdout.trim() === 'node';
}

describe('agent signals', () => {
  it.each(AGENT_SIGNALS.map((s) => [`${s.agent} (${s.product})`, s] as const))('%s is detected', (_, s) => {
    const { env, files } = satisfying(s.when);
    const found = detect(env, (p) => files.has(p));
    expect(found.agents.map((a) => a.agent.value)).toContain(s.agent);
    expect(s.source.length).toBeGreaterThan(10);
  });

  it('records where each fact came from', () => {
    const found = detect({
      CLAUDECODE: '1',
      CLAUDE_CODE_SESSION_ID: '8a718ed2-2856-435b-bd9a-63c5b8291b42',
      ANTHROPIC_MODEL: 'claude-opus-4-5',
    });
    expect(found.agents).toEqual([
      {
        agent: { value: 'claude-code', source: 'env CLAUDECODE=1' },
        product: 'Claude Code',
        model: { value: 'claude-opus-4-5', source: 'env ANTHROPIC_MODEL' },
        session: { value: '8a718ed2-2856-435b-bd9a-63c5b8291b42', source: 'env CLAUDE_CODE_SESSION_ID' },
      },
    ]);
  });

  it('an Amp thread becomes its link; a runner gives the run', () => {
    const found = detect({
      AGENT: 'amp',
      AMP_CURRENT_THREAD_ID: 'T-0e4b1c2d-1111-2222-3333-444455556666',
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_RUN_ID: '77',
    });
    expect(found.agents).toHaveLength(1);
    expect(found.agents[0]!.session).toEqual({
      value: 'https://ampcode.com/threads/T-0e4b1c2d-1111-2222-3333-444455556666',
      source: 'env AMP_CURRENT_THREAD_ID',
    });
    expect(found.runner).toEqual({
      value: 'github-actions https://github.com/octo/app/actions/runs/77',
      source: 'runner github-actions',
    });
  });

  it('the Copilot coding agent is recognised by its runner, plain Actions runs are not agents', () => {
    const actions = { GITHUB_ACTIONS: 'true', GITHUB_WORKFLOW: 'release' };
    expect(detect(actions).agents).toEqual([]);
    const copilot = detect({
      ...actions,
      GITHUB_WORKFLOW: 'dynamic/copilot-swe-agent/copilot',
      COPILOT_AGENT_SESSION_ID: '5aacf7d0-b61e-47b6-b894-134d2c251297',
      COPILOT_CLI: '1',
    });
    expect(copilot.agents.map((a) => a.agent.value)).toEqual(['copilot', 'copilot-coding-agent']);
    expect(copilot.agents[1]!.session?.value).toBe('5aacf7d0-b61e-47b6-b894-134d2c251297');
  });

  it('nothing for a human, for look-alike values, or for the generic AGENT=1 alone', () => {
    expect(detect({}).agents).toEqual([]);
    expect(detect({ CLAUDECODE: '0', GEMINI_CLI: 'true', AGENT: '1', CURSOR_AGENT: '' }).agents).toEqual([]);
    expect(detect({ GIT_AUTHOR_NAME: 'Aider Fan' }).agents).toEqual([]);
    expect(detect({ AGENT: '1', OPENCODE: '1' }).agents.map((a) => a.agent.value)).toEqual(['opencode']);
  });

  it('AI_AGENT declares any tool; odd values are refused, never written', () => {
    expect(detect({ AI_AGENT: 'My Agent' }).agents[0]!.agent).toEqual({
      value: 'my-agent',
      source: 'env AI_AGENT',
    });
    expect(detect({ AI_AGENT: 'x\nAgent-Review: none' }).agents).toEqual([]);
    // A session id with a newline would forge a trailer: it is dropped, the agent still counts.
    const found = detect({ CLAUDECODE: '1', CLAUDE_CODE_SESSION_ID: 'abc\nAgent: other' });
    expect(found.agents[0]!.session).toBeUndefined();
  });

  it('the sh fast path starts Node exactly when detection finds an agent', async () => {
    const cases: Record<string, string>[] = [
      {},
      { AGENT: '1' },
      { CLAUDECODE: '0' },
      { GITHUB_ACTIONS: 'true', GITHUB_WORKFLOW: 'ci' },
      { GIT_AUTHOR_NAME: 'Dev Eloper' },
      ...AGENT_SIGNALS.filter((s) => s.when.every((c) => 'env' in c)).map((s) => satisfying(s.when).env),
      { AI_AGENT: 'foo' },
    ];
    for (const env of cases) {
      expect(await shDecides(env), JSON.stringify(env)).toBe(detect(env).agents.length > 0);
    }
  });

  it('every variable name is a plain identifier (the script embeds them)', () => {
    for (const v of signalVariables()) expect(v).toMatch(/^[A-Z_][A-Z0-9_]*$/);
  });
});

describe('the trailer vocabulary', () => {
  it('values keep their source', () => {
    expect(parseTagValue('claude-code (env CLAUDECODE=1)')).toEqual({
      value: 'claude-code',
      source: 'env CLAUDECODE=1',
    });
    expect(parseTagValue('sha256:ab')).toEqual({ value: 'sha256:ab' });
  });

  it('reads the Agent-Authored convention', () => {
    expect(parseAgentAuthored('Copilot, model=gpt-4-turbo, policy=security-review-required')).toEqual({
      agent: 'Copilot',
      model: 'gpt-4-turbo',
      policy: 'security-review-required',
    });
    expect(parseAgentAuthored('model=x')).toBeUndefined();
  });

  it('reads a commit tag from a trailer block the way git finds it', () => {
    const msg = [
      'feat: x',
      '',
      'body',
      '',
      'Agent: claude-code (env CLAUDECODE=1)',
      'Agent-Model: claude-opus-4-5 (env ANTHROPIC_MODEL)',
      'agent-session: s1 (env CLAUDE_CODE_SESSION_ID)',
      'Agent-Authored: Copilot, model=gpt-4-turbo, policy=security-review-required',
      'Agent-Review: required',
    ].join('\n');
    expect(readCommitTag(parseMessage(msg).trailers)).toEqual({
      agents: [
        {
          value: 'claude-code',
          source: 'env CLAUDECODE=1',
          convention: 'Agent',
          model: 'claude-opus-4-5',
          line: 'Agent: claude-code (env CLAUDECODE=1)',
        },
        {
          value: 'Copilot',
          source: 'Agent-Authored',
          convention: 'Agent-Authored',
          model: 'gpt-4-turbo',
          line: 'Agent-Authored: Copilot, model=gpt-4-turbo, policy=security-review-required',
        },
      ],
      models: [
        { value: 'claude-opus-4-5', source: 'env ANTHROPIC_MODEL' },
        { value: 'gpt-4-turbo', source: 'Agent-Authored' },
      ],
      sessions: [{ value: 's1', source: 'env CLAUDE_CODE_SESSION_ID' }],
      runners: [],
      instructions: [],
      reviews: ['security-review-required', 'required'],
      conventions: ['Agent', 'Agent-Authored'],
    });
    // In the body, not the trailer block: no tag.
    expect(readCommitTag(parseMessage('x\n\nAgent: claude-code\nsome prose').trailers)).toBeUndefined();
  });
});

describe('user-level instruction files', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('digests the files of the detected agents only, as sha256sum lines would', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'aa-home-'));
    dirs.push(home);
    await mkdir(path.join(home, '.claude', 'rules'), { recursive: true });
    await mkdir(path.join(home, '.codex'), { recursive: true });
    await writeFile(path.join(home, '.claude', 'CLAUDE.md'), 'Always write tests.\n');
    await writeFile(
      path.join(home, '.claude', 'settings.json'),
      '{"permissions":{"defaultMode":"acceptEdits"}}',
    );
    await writeFile(path.join(home, '.claude', 'rules', 'b.md'), 'b');
    await writeFile(path.join(home, '.claude', 'rules', 'a.md'), 'a');
    await writeFile(path.join(home, '.codex', 'AGENTS.md'), 'codex rules');

    const got = await userInstructions(['claude-code'], {}, home);
    const files = ['.claude/CLAUDE.md', '.claude/rules/a.md', '.claude/rules/b.md', '.claude/settings.json'];
    expect(got?.files).toEqual(files);
    const { stdout } = await exec('sha256sum', files, { cwd: home });
    expect(got?.digest).toBe(`sha256:${createHash('sha256').update(stdout).digest('hex')}`);

    // CODEX_HOME moves Codex's folder; an agent without files has no digest.
    const codexHome = path.join(home, 'elsewhere');
    await mkdir(codexHome);
    await writeFile(path.join(codexHome, 'config.toml'), 'approval_policy = "never"\n');
    expect((await userInstructions(['codex'], { CODEX_HOME: codexHome }, home))?.files).toEqual([
      'elsewhere/config.toml',
    ]);
    expect(await userInstructions(['gemini-cli'], {}, home)).toBeUndefined();
  });
});
