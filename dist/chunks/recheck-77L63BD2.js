import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  REVIEWS_PERMISSION,
  fetchPullRequests,
  reviewFromDependency,
  reviewHash,
  withApi
} from "./chunk-77AAPUCS.js";
import {
  classifyGitHubError
} from "./chunk-6XR4UJHP.js";
import "./chunk-GLZUUL7L.js";
import "./chunk-VVUQLUI5.js";
import "./chunk-66GH2WVD.js";

// src/core/github/recheck.ts
function parsePullUrl(url) {
  const m = /\/([^/]+)\/([^/]+)\/pull\/(\d+)$/.exec(url);
  return m ? { owner: decodeURIComponent(m[1]), repo: decodeURIComponent(m[2]), number: Number(m[3]) } : void 0;
}
async function recheckReviews(client, dependencies) {
  const start = client.requestCount;
  const inconsistent = [];
  const byRepo = /* @__PURE__ */ new Map();
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
  const changed = [];
  const vanished = [];
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
        redact: client.redact
      });
      return {
        status: "unavailable",
        reason: failure.reason,
        detail: failure.detail,
        requests: client.requestCount - start
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
      const fields = Object.keys(record).filter(
        (k) => JSON.stringify(record[k]) !== JSON.stringify(now[k])
      );
      changed.push({
        id: record.id,
        pr: record.pullRequest.number,
        url,
        was: hash,
        now: nowHash,
        fields,
        state: now.state
      });
    }
  }
  return {
    status: "checked",
    unchanged,
    changed,
    vanished,
    inconsistent,
    requests: client.requestCount - start
  };
}
export {
  recheckReviews
};
