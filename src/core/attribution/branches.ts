/**
 * Inferred (branch-name) evidence, kept small and true.
 *
 * A merge whose subject names an agent branch (`Merge pull request #N from org/codex/…`) gives the branch
 * rule's evidence, as `inferred` with `via` naming the merge, only to the commits that merge first brought
 * into the line it merged into — the first-parent chain of the merged parent not reachable from the merge's
 * first parent (`git rev-list --first-parent --no-merges M^2 ^M^1`): never commits already in that line,
 * never what a merge *from* the main line brought into the agent branch, never merges. And of those, only
 * commits that can be the agent's:
 *
 * - not a commit with evidence of its own (another agent's trailer, a bot's identity);
 * - not an automation bot's commit (`[bot]` authors: dependabot, renovate, github-actions, …);
 * - by the identity that started the branch (its oldest such commit: a reviewer's or maintainer's commit on
 *   the branch is theirs);
 * - not made in GitHub's web editor (a suggestion applied or a file edited on github.com);
 * - and not at all for agents that commit under their own identity (`commitsAs: 'agent'`: Copilot's cloud
 *   agent, Devin, Cursor's background agent, Claude Code on the web, Kiro): their own commits carry direct
 *   evidence, so a commit on their branch without it is a person's.
 *
 * A merge bringing more than MAX_INFERRED_PER_MERGE commits is not one agent task: nothing is inferred from
 * it, and the scan says so in a warning.
 */
import { runGit } from '../git/run.js';
import type { RawCommit } from '../git/log.js';
import type { Found } from './detect.js';

export const MAX_INFERRED_PER_MERGE = 100;

/** What the caller knows of a commit when it decides inheritance. */
export interface CommitForInference {
  raw: Pick<RawCommit, 'sha' | 'parents' | 'authorName' | 'authorEmail' | 'committerName' | 'committerEmail'>;
  /** The commit has evidence of its own (any agent, any strength but inferred). */
  hasOwnEvidence: boolean;
}

interface Claim {
  merge: string;
  /** Order of the merge in the stream: where two merges claim a commit, the newer merge wins. */
  order: number;
  found: Found[];
  /** Author identity of the branch's oldest commit: the person who ran the agent. */
  driver: string;
}

const BOT_AUTHOR = /\[bot\]$|^(?:dependabot|renovate|github-actions|pre-commit-ci|snyk-bot|greenkeeper)\b/i;
const WEB_FLOW = 'noreply@github.com';

const ident = (name: string, email: string): string => `${name} <${email.toLowerCase()}>`;

export class BranchInference {
  private readonly claims = new Map<string, Claim>();
  private readonly pending: Array<Promise<void>> = [];
  private merges = 0;
  readonly warnings: string[] = [];

  constructor(private readonly repoPath: string) {}

  /** True while a merge's commit set is still being read: the caller awaits settle() before the next commit. */
  get busy(): boolean {
    return this.pending.length > 0;
  }

  async settle(): Promise<void> {
    while (this.pending.length > 0) await this.pending.shift();
  }

  /**
   * A merge commit whose subject named an agent branch: reads the commits it brought (asynchronously; the
   * caller settles before the next commit). `commitsAsAgent`: the branch's agent commits under its own
   * identity, so nothing is inferred.
   */
  onAgentMerge(raw: Pick<RawCommit, 'sha' | 'parents'>, found: Found[], commitsAsAgent: boolean): void {
    if (raw.parents.length < 2 || commitsAsAgent) return;
    const order = this.merges++;
    const [first, merged] = raw.parents as [string, string];
    this.pending.push(
      runGit(this.repoPath, [
        'log',
        '--first-parent',
        '--no-merges',
        `--max-count=${MAX_INFERRED_PER_MERGE + 1}`,
        '--format=%H%x00%an%x00%ae',
        merged,
        `^${first}`,
        '--',
      ]).then((r) => {
        const rows = r.stdout
          .toString('utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split('\0'));
        if (r.code !== 0) {
          this.warnings.push(
            `the commits merge ${raw.sha.slice(0, 12)} brought could not be read: no inferred evidence`,
          );
          return;
        }
        if (rows.length > MAX_INFERRED_PER_MERGE) {
          this.warnings.push(
            `merge ${raw.sha.slice(0, 12)} of an agent branch brings more than ${MAX_INFERRED_PER_MERGE} commits: not one agent task, no evidence inferred from its branch name`,
          );
          return;
        }
        const oldest = rows[rows.length - 1];
        if (!oldest) return;
        const claim: Claim = {
          merge: raw.sha,
          order,
          found,
          driver: ident(oldest[1] ?? '', oldest[2] ?? ''),
        };
        for (const [sha] of rows) {
          const other = this.claims.get(sha!);
          if (!other || other.order > order) this.claims.set(sha!, claim);
        }
      }),
    );
  }

  /**
   * The inferred evidence `c` inherits, if any (call after settle(): commits arrive children first, after the
   * merge that claims them).
   */
  inherit(c: CommitForInference): Found[] | undefined {
    const claim = this.claims.get(c.raw.sha);
    if (!claim) return undefined;
    this.claims.delete(c.raw.sha);
    if (c.hasOwnEvidence) return undefined;
    if (BOT_AUTHOR.test(c.raw.authorName) || BOT_AUTHOR.test(c.raw.committerName)) return undefined;
    if (ident(c.raw.authorName, c.raw.authorEmail) !== claim.driver) return undefined;
    if (c.raw.committerEmail.toLowerCase() === WEB_FLOW) return undefined;
    return claim.found.map((f) => ({ ...f, evidence: { ...f.evidence, via: claim.merge } }));
  }
}
