/**
 * `verify --online`: fetch the reviews a verified statement names again and report the ones whose
 * hash changed (edited, dismissed) or that vanished since the build.
 */
import type { ResourceDescriptor } from '../statement/types.js';
import type { GitHubClient } from './client.js';
import { classifyGitHubError, type GitHubFailureReason } from './failures.js';
import { fetchPullRequests, withApi, type RepoRef } from './queries.js';
import { reviewHash, type ReviewRecord } from './records.js';
import { REVIEWS_PERMISSION, reviewFromDependency } from './reviews.js';

export interface ReviewChange {
  id: number;
  pr: number;
  url: string;
  was: string;
  now: string;
  /** Record keys whose value differs (e.g. `state` for a dismissal, `bodySha256` for an edit). */
  fields: string[];
  state: string;
}

export interface ReviewVanished {
  id: number;
  pr: number;
  url: string;
  hash: string;
}

export type RecheckResult =
  | {
      status: 'checked';
      unchanged: number;
      changed: ReviewChange[];
      vanished: ReviewVanished[];
      /** Review entries whose digest is not the hash of their own record (the statement is inconsistent). */
      inconsistent: string[];
      requests: number;
    }
  | { status: 'unavailable'; reason: GitHubFailureReason; detail: string; requests: number };

/** `https://HOST[/prefix]/OWNER/REPO/pull/N` → owner, repo, number. */
function parsePullUrl(url: string): (RepoRef & { number: number }) | undefined {
  const m = /\/([^/]+)\/([^/]+)\/pull\/(\d+)$/.exec(url);
  return m
    ? { owner: decodeURIComponent(m[1]!), repo: decodeURIComponent(m[2]!), number: Number(m[3]) }
    : undefined;
}

export async function recheckReviews(
  client: GitHubClient,
  dependencies: readonly ResourceDescriptor[],
): Promise<RecheckResult> {
  const start = client.requestCount;
  const inconsistent: string[] = [];
  const byRepo = new Map<string, { ref: RepoRef; recorded: Array<{ record: ReviewRecord; hash: string }> }>();
  for (const rd of dependencies) {
    const review = reviewFromDependency(rd);
    if (!review) continue;
    if (!review.consistent) inconsistent.push(review.hash);
    const pull = parsePullUrl(review.record.pullRequest.url);
    if (!pull) continue;
    const key = `${pull.owner}/${pull.repo}`;
    const entry = byRepo.get(key) ?? { ref: { owner: pull.owner, repo: pull.repo }, recorded: [] };
    entry.recorded.push(review);
    byRepo.set(key, entry);
  }

  let unchanged = 0;
  const changed: ReviewChange[] = [];
  const vanished: ReviewVanished[] = [];
  for (const [key, { ref, recorded }] of byRepo) {
    const numbers = [...new Set(recorded.map((r) => r.record.pullRequest.number))].sort((a, b) => a - b);
    let pulls;
    try {
      pulls = (await withApi(client, (api) => fetchPullRequests(client, api, ref, numbers))).value;
    } catch (e) {
      const failure = classifyGitHubError(e, {
        action: `reading the reviews of ${key} again`,
        permission: REVIEWS_PERMISSION,
        authenticated: client.authenticated,
        redact: client.redact,
      });
      return {
        status: 'unavailable',
        reason: failure.reason,
        detail: failure.detail,
        requests: client.requestCount - start,
      };
    }
    for (const { record, hash } of recorded) {
      const now = pulls.get(record.pullRequest.number)?.reviews.find((r) => r.id === record.id);
      const url = `${record.pullRequest.url}#pullrequestreview-${record.id}`;
      if (!now) {
        vanished.push({ id: record.id, pr: record.pullRequest.number, url, hash });
        continue;
      }
      const nowHash = reviewHash(now);
      if (nowHash === hash) {
        unchanged++;
        continue;
      }
      const fields = (Object.keys(record) as Array<keyof ReviewRecord>).filter(
        (k) => JSON.stringify(record[k]) !== JSON.stringify(now[k]),
      );
      changed.push({
        id: record.id,
        pr: record.pullRequest.number,
        url,
        was: hash,
        now: nowHash,
        fields,
        state: now.state,
      });
    }
  }
  return {
    status: 'checked',
    unchanged,
    changed,
    vanished,
    inconsistent,
    requests: client.requestCount - start,
  };
}
