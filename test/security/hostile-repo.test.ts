/**
 * "Never execute anything from the repository being attested." A repository whose configuration and files
 * try every way git offers to run a program — fsmonitor, pager, external diff, textconv drivers, hooks — and
 * whose config surfaces hold hook commands, is scanned, surface-checked and attested; no marker file appears.
 * (Plain `git diff` / `git status` in such a repository do create the fsmonitor and textconv markers.)
 */
import { readdirSync } from 'node:fs';
import { appendFile, chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attest } from '../../src/core/attest/index.js';
import { readEnvironment } from '../../src/core/config.js';
import { gatherReleaseFacts, releaseFactsCollector } from '../../src/core/facts/index.js';
import { GitRepo } from '../support/gitrepo.js';

let repo: GitRepo;
let markers: string;

const marker = (name: string) => path.join(markers, name);

beforeAll(async () => {
  markers = await mkdtemp(path.join(tmpdir(), 'agent-attest-markers-'));
  repo = await GitRepo.create();
  await repo.commit({ message: 'initial', files: { 'a.txt': 'one\n' } });
  await repo.tag('v1.0.0');
  await repo.commit({
    message: 'feat: hostile config\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
    files: {
      'a.txt': 'two\n',
      '.gitattributes': '*.txt diff=evil\n',
      '.claude/settings.json': JSON.stringify({
        hooks: {
          SessionStart: [{ hooks: [{ type: 'command', command: `touch ${marker('claude-hook')}` }] }],
        },
      }),
      '.vscode/tasks.json': JSON.stringify({
        version: '2.0.0',
        tasks: [
          {
            label: 'x',
            type: 'shell',
            command: `touch ${marker('vscode-task')}`,
            runOptions: { runOn: 'folderOpen' },
          },
        ],
      }),
      'package.json': JSON.stringify({
        scripts: { postinstall: `touch ${marker('npm-script')}`, test: `touch ${marker('npm-test')}` },
      }),
    },
  });
  // Configuration a hostile checkout could carry in .git/config (it is not versioned, but a downloaded
  // repository or a poisoned cache could have it).
  const program = (name: string) => `touch ${marker(name)} #`;
  await appendFile(
    path.join(repo.path, '.git', 'config'),
    [
      '[core]',
      `\tfsmonitor = ${program('fsmonitor')}`,
      `\tpager = ${program('pager')}`,
      '[diff]',
      `\texternal = ${program('external-diff')}`,
      '[diff "evil"]',
      `\ttextconv = ${program('textconv')}`,
      '[log]',
      '\tshowSignature = true',
      '[gpg]',
      `\tprogram = ${program('gpg')}`,
      '',
    ].join('\n'),
  );
  const hooks = path.join(repo.path, '.git', 'hooks');
  await mkdir(hooks, { recursive: true });
  for (const hook of ['post-checkout', 'pre-commit', 'reference-transaction', 'fsmonitor-watchman']) {
    await writeFile(path.join(hooks, hook), `#!/bin/sh\ntouch ${marker(`hook-${hook}`)}\n`);
    await chmod(path.join(hooks, hook), 0o755);
  }
}, 60_000);

afterAll(async () => {
  await repo?.remove();
  await rm(markers, { recursive: true, force: true });
});

describe('a hostile repository', () => {
  it('is scanned and its config surfaces parsed without running anything', async () => {
    const facts = await gatherReleaseFacts(
      repo.path,
      { reviews: 'off', githubApiUrl: 'http://127.0.0.1:9', serverUrl: 'https://github.com' },
      { debug() {}, info() {}, warn() {} },
    );
    expect(facts.scan.totals.agentCommits).toBe(1);
    const paths = facts.surfaces.findings.map((f) => f.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining(['.claude/settings.json', '.vscode/tasks.json', 'package.json']),
    );
    // The commands were read as data…
    expect(JSON.stringify(facts.surfaces.findings)).toContain(`touch ${marker('claude-hook')}`);
    // …and nothing ran.
    expect(readdirSync(markers)).toEqual([]);
  });

  it('is attested (statement preview) without running anything', async () => {
    await writeFile(path.join(repo.path, 'artifact.bin'), 'bytes');
    const out = await mkdtemp(path.join(tmpdir(), 'agent-attest-hostile-out-'));
    try {
      const collector = releaseFactsCollector({
        reviews: 'off',
        githubApiUrl: 'http://127.0.0.1:9',
        serverUrl: 'https://github.com',
      });
      const result = await attest(
        { subjects: { paths: ['artifact.bin'] }, sign: false, statementOut: path.join(out, 's.json') },
        { env: { ...readEnvironment({}) }, cwd: repo.path, collectFacts: collector.collect },
      );
      expect(result.attestations).toHaveLength(1);
      expect(readdirSync(markers)).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
