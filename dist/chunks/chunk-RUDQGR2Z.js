import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  gitText,
  runGit
} from "./chunk-VH57ZJDG.js";
import {
  AgentAttestError
} from "./chunk-VVUQLUI5.js";
import {
  __require
} from "./chunk-66GH2WVD.js";

// builtin:node:fs/promises?src/core/git/range.ts
var m = __require("node:fs/promises");
var readFile = m.readFile;
var stat = m.stat;

// builtin:node:path?src/core/git/range.ts
var m2 = __require("node:path");
var range_default = m2;

// src/core/git/range.ts
var DEFAULT_TAG_PATTERNS = ["v[0-9]*", "[0-9]*"];
var ROOT_BASE = "root";
function checkRev(rev, flag) {
  if (rev === "" || rev.startsWith("-") || /[\s\x00-\x1f\x7f]/.test(rev) || rev.length > 256) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `${flag} '${rev.slice(0, 80)}' is not a valid revision; give a commit id, branch or tag.`
    );
  }
}
async function resolveCommit(repoPath, rev, flag) {
  checkRev(rev, flag);
  const r = await runGit(repoPath, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${rev}^{commit}`
  ]);
  const sha = r.stdout.toString("utf8").trim();
  if (r.code !== 0 || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `${flag} '${rev}' does not name a commit in ${repoPath}; fetch it (actions/checkout with fetch-depth: 0) or fix the revision.`
    );
  }
  return sha;
}
var repositoryFacts = /* @__PURE__ */ new Map();
async function probe(key) {
  const r = await runGit(key, [
    "rev-parse",
    "--absolute-git-dir",
    "--show-object-format",
    "--git-path",
    "shallow",
    "--verify",
    "--quiet",
    "HEAD^{commit}"
  ]);
  const [dir, format, shallow, head] = r.stdout.toString("utf8").split("\n");
  if (r.code !== 0 && r.code !== 1 || !dir || !shallow) return void 0;
  const facts = {
    gitDir: dir,
    objectFormat: format === "sha256" ? "sha256" : "sha1",
    shallowFile: range_default.resolve(key, shallow)
  };
  return r.code === 0 && head && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head) ? { facts, head } : { facts };
}
function remember(key, facts) {
  repositoryFacts.set(key, facts);
  const forget = () => repositoryFacts.delete(key);
  facts.then((f) => f ? void 0 : forget(), forget);
}
function readRepositoryFacts(repoPath) {
  const key = range_default.resolve(repoPath);
  const known = repositoryFacts.get(key);
  if (known) return known;
  const facts = probe(key).then((p) => p?.facts);
  remember(key, facts);
  return facts;
}
function probeRepository(repoPath) {
  const key = range_default.resolve(repoPath);
  const fresh = probe(key);
  if (!repositoryFacts.has(key))
    remember(
      key,
      fresh.then((p) => p?.facts)
    );
  return fresh;
}
async function emptyTree(repoPath) {
  return (await readRepositoryFacts(repoPath))?.objectFormat === "sha256" ? "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321" : "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
}
async function gitDir(repoPath) {
  return (await gitDirFacts(repoPath)).gitDir;
}
async function gitDirFacts(repoPath) {
  const st = await stat(repoPath).catch(() => void 0);
  if (!st?.isDirectory()) {
    throw new AgentAttestError(
      "FILE_NOT_FOUND",
      `${repoPath} is not a directory; pass --repo-path with the checkout to scan.`
    );
  }
  const facts = await readRepositoryFacts(repoPath);
  if (!facts) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `${repoPath} is not a git repository; pass --repo-path with the checkout to scan.`
    );
  }
  return facts;
}
async function shallowBoundary(repoPath) {
  const file = (await gitDirFacts(repoPath)).shallowFile;
  const text = await readFile(file, "utf8").catch(() => "");
  return new Set(text.split("\n").filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}
function shallowError(repoPath) {
  return new AgentAttestError(
    "SHALLOW_CLONE",
    `${repoPath} is a shallow clone and the range reaches past its history; set \`fetch-depth: 0\` on actions/checkout (or run \`git fetch --unshallow\`).`
  );
}
async function newestReleaseTag(repoPath, head, patterns) {
  const out = await gitText(
    repoPath,
    [
      "for-each-ref",
      `--merged=${head}`,
      "--sort=-creatordate",
      "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)",
      ...patterns.map((p) => `refs/tags/${p}`)
    ],
    "git for-each-ref"
  );
  for (const line of out.split("\n")) {
    if (!line) continue;
    const [tag, object, peeled] = line.split("\0");
    const commit = peeled || object;
    if (!tag || !commit || commit === head) continue;
    const r = await runGit(repoPath, ["rev-parse", "--verify", "--quiet", `${commit}^{commit}`]);
    if (r.code !== 0) continue;
    return { tag, commit: r.stdout.toString("utf8").trim() };
  }
  return void 0;
}
async function hasNoCommits(repoPath) {
  const r = await runGit(repoPath, ["rev-list", "-n", "1", "--all"]);
  return r.code === 0 && r.stdout.toString("utf8").trim() === "";
}
async function checkRangeOrder(repoPath, base, head, flag) {
  if (base === head) return;
  const r = await runGit(repoPath, ["merge-base", "--is-ancestor", head, base]);
  if (r.code === 0) {
    throw new AgentAttestError(
      "INPUT_INVALID",
      `${flag} ${base.slice(0, 12)} comes after head ${head.slice(0, 12)} (head is in its history), so the range is empty; swap --base and --head, or give an older base.`
    );
  }
}
async function resolveRange(opts) {
  const { repoPath } = opts;
  await gitDir(repoPath);
  const known = opts.head === void 0 ? opts.resolvedHead : void 0;
  const head = known ?? await resolveCommit(repoPath, opts.head ?? "HEAD", opts.head ? "--head" : "HEAD").catch(
    async (e) => {
      if (opts.head === void 0 && await hasNoCommits(repoPath)) {
        throw new AgentAttestError(
          "INPUT_INVALID",
          `${repoPath} has no commits yet, so there is no history to scan; commit first (or pass --repo-path with another checkout).`
        );
      }
      throw e;
    }
  );
  if (opts.base === ROOT_BASE) return { base: null, head, baseRule: "root" };
  if (opts.base) {
    const base = await resolveCommit(repoPath, opts.base, "--base");
    await checkRangeOrder(repoPath, base, head, "--base");
    return { base, head, baseRule: "explicit" };
  }
  if (opts.pullRequestBase) {
    const base = await resolveCommit(repoPath, opts.pullRequestBase, "pull request base");
    return { base, head, baseRule: "pull-request" };
  }
  const raw = opts.tagPattern ?? DEFAULT_TAG_PATTERNS;
  const patterns = typeof raw === "string" ? [raw] : [...raw];
  for (const p of patterns) checkRev(p, "--tag-pattern");
  const tag = await newestReleaseTag(repoPath, head, patterns);
  if (tag) return { base: tag.commit, head, baseRule: "tag", tag: tag.tag };
  return { base: null, head, baseRule: "root" };
}
async function hasRef(repoPath, ref) {
  const r = await runGit(repoPath, ["rev-parse", "--verify", "--quiet", ref]);
  return r.code === 0;
}
async function fetchNotes(repoPath, remote = "origin", ref = "refs/notes/ai") {
  const ls = await runGit(repoPath, ["ls-remote", "--end-of-options", remote, ref]);
  if (ls.code !== 0 || ls.stdout.toString("utf8").trim() === "") return false;
  const r = await runGit(repoPath, [
    "fetch",
    "--no-tags",
    "--no-recurse-submodules",
    "--no-write-fetch-head",
    remote,
    `+${ref}:${ref}`
  ]);
  return r.code === 0;
}
async function readBlob(repoPath, rev, file, maxBytes) {
  const spec = `${rev}:${file}`;
  const size = await runGit(repoPath, ["cat-file", "-s", spec]);
  if (size.code !== 0 || Number(size.stdout.toString("utf8").trim()) > maxBytes) return void 0;
  const r = await runGit(repoPath, ["cat-file", "blob", spec]);
  return r.code === 0 ? r.stdout : void 0;
}
async function listTree(repoPath, rev, prefixes) {
  const r = await runGit(repoPath, [
    "-c",
    "core.quotePath=false",
    "ls-tree",
    "-r",
    "-z",
    "--name-only",
    "--full-tree",
    rev,
    "--",
    ...prefixes
  ]);
  if (r.code !== 0) return [];
  return r.stdout.toString("utf8").split("\0").filter(Boolean);
}

export {
  readRepositoryFacts,
  probeRepository,
  emptyTree,
  gitDir,
  shallowBoundary,
  shallowError,
  resolveRange,
  hasRef,
  fetchNotes,
  readBlob,
  listTree
};
