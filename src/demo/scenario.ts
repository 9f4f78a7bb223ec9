/**
 * The demo's story as data: a small service whose last release range has what agent-attest is for — commits by
 * three coding agents (one on an auth path), a human's commits, and a Miasma-style change to AI assistant
 * config (a VS Code task that runs on folder open and a Claude Code SessionStart hook, both running a script
 * from the repository the moment a developer opens it) — plus the pull requests and reviews GitHub holds.
 *
 * Dana has agent-attest's commit-time hook installed (`hooks install --review required`): the Claude Code commit,
 * made in Claude Code's shell, carries the trailers the hook's own code writes for that environment.
 *
 * The repository is written with one `git fast-import` (exact authors, committers, dates and messages; no
 * hooks, no user configuration), and the review evidence is served by the devstack's GitHub-API-compatible
 * server. Nothing in it is ever executed: the config files are data for the scanner.
 */
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { AgentAttestError } from '../core/errors.js';
import { makeDirectory } from '../core/files.js';
import { runGit } from '../core/git/run.js';
import { tagTrailers } from '../core/hooks/tag.js';
import type { GitHubSeed, SeedPull, SeedReview } from '../devstack/github.js';

export const OWNER = 'octo-org';
export const REPO = 'octo-repo';
export const RELEASE_TAG = 'v0.1.0';
/** The artifact the release builds, relative to the repository. */
export const ARTIFACT = 'dist/app.js';
/** The path the policy protects and the Claude Code commit touches. */
export const RISK_PATH = 'src/auth/session.js';

interface Person {
  name: string;
  email: string;
}
const DANA: Person = { name: 'Dana Developer', email: 'dana@example.com' };
const SAM: Person = { name: 'Sam Contributor', email: 'sam@example.com' };
const COPILOT: Person = {
  name: 'copilot-swe-agent[bot]',
  email: '198982749+Copilot@users.noreply.github.com',
};
const GITHUB_WEB: Person = { name: 'GitHub', email: 'noreply@github.com' };
const CURSOR: Person = { name: 'Cursor Agent', email: 'cursoragent@cursor.com' };

/** The variables Claude Code sets in the shell it runs `git commit` in (docs/attribution.md, detection table). */
const CLAUDE_CODE_SHELL = {
  CLAUDECODE: '1',
  CLAUDE_CODE_SESSION_ID: '3f6c2a9e-8d41-4c57-9b0e-2a7d5e1c4b86',
  ANTHROPIC_MODEL: 'claude-opus-4-5',
};

/**
 * The trailers the commit-time hook adds to a commit made in Claude Code's shell, with the review requirement Dana
 * installed it with: the hook's own code (tagTrailers), on that environment, with a home that has no user files.
 */
async function hookTrailers(home: string): Promise<string[]> {
  const tag = await tagTrailers(
    {
      messageFile: '',
      gitDir: '',
      cwd: '',
      env: CLAUDE_CODE_SHELL,
      home,
      review: 'required',
      fileExists: () => false,
    },
    [],
  );
  return tag?.all ?? [];
}

/** What the hook and the task run as soon as the folder is opened: a script shipped in the same change. */
const PAYLOAD = 'node scripts/dev-setup.js';

export type CommitKey = 'initial' | 'claude' | 'copilot' | 'cursor' | 'config' | 'docs';

interface CommitSpec {
  key: CommitKey;
  /** Who it is, in one phrase, for the demo's output. */
  label: string;
  author: Person;
  committer?: Person;
  /** Hours before the demo runs. */
  hoursAgo: number;
  message: string;
  files: Record<string, string>;
}

const COMMITS: CommitSpec[] = [
  {
    key: 'initial',
    label: 'a human (before the release range)',
    author: DANA,
    hoursAgo: 24 * 20,
    message: 'Initial commit\n',
    files: {
      'README.md': '# octo-repo\n\nA small service.\n',
      '.gitignore': 'dist/\n',
      'package.json': '{\n  "name": "octo-repo",\n  "version": "0.1.0",\n  "private": true\n}\n',
      'src/app.js': "import { session } from './auth/session.js';\n\nexport const app = { session };\n",
      'src/auth/session.js': 'export const session = { ttlSeconds: 3600 };\n',
    },
  },
  {
    key: 'claude',
    label: 'Claude Code, by its Co-Authored-By trailer and the commit-time tag; on an auth path',
    author: DANA,
    hoursAgo: 96,
    message:
      'feat(auth): refresh session tokens before they expire\n\n' +
      '🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n' +
      'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
    files: {
      [RISK_PATH]:
        'export const session = { ttlSeconds: 3600, refreshBeforeSeconds: 300 };\n\n' +
        'export function needsRefresh(expiresAt, now = Date.now()) {\n' +
        '  return expiresAt - now < session.refreshBeforeSeconds * 1000;\n}\n',
    },
  },
  {
    key: 'copilot',
    label: 'the Copilot coding agent; its bot opened the pull request',
    author: COPILOT,
    committer: GITHUB_WEB,
    hoursAgo: 72,
    message:
      'Add a /users endpoint with pagination\n\n' +
      'Co-authored-by: dana <1001+dana@users.noreply.github.com>\n',
    files: {
      'src/api/users.js':
        'export function listUsers(users, page = 1, perPage = 20) {\n' +
        '  return users.slice((page - 1) * perPage, page * perPage);\n}\n',
    },
  },
  {
    key: 'cursor',
    label: 'the Cursor agent',
    author: CURSOR,
    hoursAgo: 48,
    message:
      'fix: an empty user list is an empty page\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>\n',
    files: {
      'src/api/users.js':
        'export function listUsers(users = [], page = 1, perPage = 20) {\n' +
        '  return users.slice((page - 1) * perPage, page * perPage);\n}\n',
    },
  },
  {
    key: 'config',
    label: 'an outside contributor; AI assistant config that runs code on folder open',
    author: SAM,
    hoursAgo: 24,
    message: 'chore: share the editor setup\n',
    files: {
      'scripts/dev-setup.js': "// Prepares a developer's machine.\nconsole.log('setting up');\n",
      '.vscode/tasks.json': `${JSON.stringify(
        {
          version: '2.0.0',
          tasks: [
            {
              label: 'prepare workspace',
              type: 'shell',
              command: PAYLOAD,
              runOptions: { runOn: 'folderOpen' },
              presentation: { reveal: 'never' },
            },
          ],
        },
        null,
        2,
      )}\n`,
      '.claude/settings.json': `${JSON.stringify(
        { hooks: { SessionStart: [{ hooks: [{ type: 'command', command: PAYLOAD }] }] } },
        null,
        2,
      )}\n`,
    },
  },
  {
    key: 'docs',
    label: 'a human',
    author: DANA,
    hoursAgo: 2,
    message: 'docs: how to run the service\n',
    files: { 'README.md': '# octo-repo\n\nA small service. Run it with `node src/app.js`.\n' },
  },
];

export interface DemoRepository {
  path: string;
  /** Commit ids by key. */
  commits: Record<CommitKey, string>;
  head: string;
  /** One line per commit of the release range, oldest first: short id, who, subject. */
  story: string[];
}

/** Writes the repository into `dir` (created; must be empty) and checks out its head. */
export async function buildRepository(dir: string, now: Date): Promise<DemoRepository> {
  await makeDirectory(dir);
  const git = async (args: string[], input?: string) => {
    const r = await runGit(dir, args, input);
    if (r.code !== 0) {
      throw new AgentAttestError(
        'GIT_ERROR',
        `git ${args[0]} failed in ${dir}: ${r.stderr.trim().split('\n')[0] ?? `exit ${r.code}`}; is git installed and the folder writable?`,
      );
    }
    return r.stdout.toString('utf8').trim();
  };
  // An empty template: no hooks from the user's git configuration in a repository the demo creates.
  await git(['init', '-q', '--template=', '-b', 'main']);
  const tagged = { claude: await hookTrailers(path.join(dir, '.git', 'no-home')) };
  await git(['fast-import', '--quiet', '--done'], fastImportScript(now, tagged));
  await git(['-c', 'core.hooksPath=/dev/null', 'reset', '-q', '--hard']);
  const shas = (await git(['rev-list', '--reverse', 'HEAD'])).split('\n');
  const commits = Object.fromEntries(COMMITS.map((c, i) => [c.key, shas[i]!])) as Record<CommitKey, string>;
  const story = COMMITS.slice(1).map(
    (c) => `${commits[c.key].slice(0, 7)}  ${c.message.split('\n')[0]}  (${c.label})`,
  );
  return { path: dir, commits, head: shas.at(-1)!, story };
}

/** `tagged`: trailers the commit-time hook added, by commit (appended to the message's trailer block). */
function fastImportScript(now: Date, tagged: Partial<Record<CommitKey, string[]>>): string {
  const out: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
  const who = (p: Person, hoursAgo: number) =>
    `${p.name} <${p.email}> ${Math.floor(now.getTime() / 1000) - hoursAgo * 3600} +0000`;
  COMMITS.forEach((c, i) => {
    out.push(
      'commit refs/heads/main',
      `mark :${i + 1}`,
      `author ${who(c.author, c.hoursAgo)}`,
      `committer ${who(c.committer ?? c.author, c.hoursAgo)}`,
      data(tagged[c.key] ? `${c.message}${tagged[c.key]!.map((t) => `${t}\n`).join('')}` : c.message),
    );
    if (i > 0) out.push(`from :${i}`);
    for (const [file, content] of Object.entries(c.files)) out.push(`M 100644 inline ${file}`, data(content));
    out.push('');
    if (c.key === 'initial') out.push(`reset refs/tags/${RELEASE_TAG}`, `from :${i + 1}`, '');
  });
  out.push('done', '');
  return out.join('\n');
}

/** The release build: the service's sources, concatenated, as `dist/app.js` in the repository. */
export async function buildArtifact(repo: DemoRepository): Promise<string> {
  const files = ['src/auth/session.js', 'src/api/users.js', 'src/app.js'];
  const sources = await Promise.all(
    files.map(async (f) => {
      const r = await runGit(repo.path, ['show', `HEAD:${f}`]);
      return `// ${f}\n${r.stdout.toString('utf8')}`;
    }),
  );
  const artifact = path.join(repo.path, ARTIFACT);
  await makeDirectory(path.dirname(artifact));
  await writeFile(artifact, sources.join('\n'));
  return artifact;
}

/** Pull requests by number; the Claude Code and config changes are the ones nobody approved yet. */
export const PULLS = { claude: 11, copilot: 12, cursor: 13, config: 14 } as const;
export const REVIEWER = 'alex';

/** What GitHub holds for the repository: accounts, pull requests and their reviews. */
export function githubSeed(repo: DemoRepository, now: Date): GitHubSeed {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3600_000).toISOString();
  const pull = (
    key: keyof typeof PULLS,
    author: string,
    hoursAgo: number,
    reviews: Omit<SeedReview, 'commitId' | 'submittedAt'>[],
  ): SeedPull => ({
    number: PULLS[key],
    author,
    headSha: repo.commits[key],
    commits: [repo.commits[key]],
    mergedAt: at(hoursAgo - 1),
    reviews: reviews.map((r) => ({ ...r, commitId: repo.commits[key], submittedAt: at(hoursAgo - 0.5) })),
  });
  return {
    accounts: [
      { login: OWNER, id: 987654321, type: 'Organization' },
      { login: 'dana', id: 1001, type: 'User' },
      { login: REVIEWER, id: 1002, type: 'User' },
      { login: 'sam', id: 1003, type: 'User' },
      { login: 'Copilot', id: 198982749, type: 'Bot' },
    ],
    repos: [
      {
        owner: OWNER,
        name: REPO,
        id: 123456789,
        pulls: [
          pull('claude', 'dana', 96, [
            { id: 9101, user: REVIEWER, state: 'COMMENTED', body: 'Looks plausible; I have not run it.' },
          ]),
          pull('copilot', 'Copilot', 72, [{ id: 9201, user: REVIEWER, state: 'APPROVED' }]),
          pull('cursor', 'dana', 48, [{ id: 9301, user: REVIEWER, state: 'APPROVED' }]),
          pull('config', 'sam', 24, []),
        ],
      },
    ],
  };
}

/** The approvals a reviewer adds once they have read the two unreviewed changes. */
export function lateApprovals(repo: DemoRepository, now: Date): Array<{ pull: number; review: SeedReview }> {
  const submittedAt = now.toISOString();
  return [
    {
      pull: PULLS.claude,
      review: { id: 9102, user: REVIEWER, state: 'APPROVED', commitId: repo.commits.claude, submittedAt },
    },
    {
      pull: PULLS.config,
      review: { id: 9401, user: REVIEWER, state: 'APPROVED', commitId: repo.commits.config, submittedAt },
    },
  ];
}

/** The deploy gate's policy (docs/policy.md): the rules a team would set for agent code. */
export const POLICY = `# The demo's deploy gate (docs/policy.md)
version: 1
agents:
  allowed-agents: [claude-code, copilot-coding-agent, cursor]
reviews:
  require-human-review: true
  protected-paths:
    - paths: ['src/auth/**']
      min-approvals: 1
surfaces:
  executable-changes: review
freshness:
  max-age: 30d
`;
