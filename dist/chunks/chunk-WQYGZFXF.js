import { createRequire as __aaCreateRequire } from 'node:module'; const require = __aaCreateRequire(import.meta.url);
import {
  renderSurfacesMarkdown,
  renderSurfacesText
} from "./chunk-Q5MK4UZH.js";
import {
  isDecisionLog
} from "./chunk-GRKIW7EF.js";
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  oneLine
} from "./chunk-AIPGSCCH.js";

// src/core/scan/render.ts
var MAX_LISTED_COMMITS = 200;
var MAX_LISTED_LOGS = 3;
var MAX_LISTED_RISK_PATHS = 3;
var riskPathsMore = (c) => Math.max(0, c.riskPaths.length - MAX_LISTED_RISK_PATHS) + (c.riskPathsOmitted ?? 0);
var short = (sha) => sha ? sha.slice(0, 12) : "(root)";
function agentLabel(a) {
  const model = a.model ? ` (${a.model})` : "";
  const kind = a.class === "ai_review_suggestion" ? " [review suggestion]" : "";
  const down = a.evidence.some((e) => e.downWeighted) ? " [down-weighted]" : "";
  const rules = new Set(a.evidence.map((e) => e.tier === "GH" ? e.rule : `${e.rule}/${e.tier}`));
  return `${a.id}${model} ${a.strength}${kind}${down}: ${[...rules].join(", ")}`;
}
function shownDecisionLogs(a, max) {
  const valid = (a.decisionLogs ?? []).filter((l) => isDecisionLog(l.kind, l.value));
  return {
    logs: valid.slice(0, max),
    more: valid.length - Math.min(valid.length, max) + (a.decisionLogsOmitted ?? 0)
  };
}
var moreLogs = (n) => n > 0 ? ` (+${n} more)` : "";
function decisionLogHtml(l) {
  return l.value.startsWith("https://") ? `<a href="${escapeHtml(l.value)}" rel="noopener noreferrer nofollow">${escapeHtml(l.kind)}</a>` : `${escapeHtml(l.kind)} <code>${escapeHtml(l.value)}</code>`;
}
function tagLabel(tag) {
  const parts = [tag.agents.join(", ")];
  if (tag.models) parts.push(`model ${tag.models.join(", ")}`);
  if (tag.sessions) parts.push(`session ${tag.sessions.join(", ")}`);
  if (tag.runners) parts.push(`runner ${tag.runners.join(", ")}`);
  if (tag.instructions) parts.push(`user instructions ${tag.instructions.join(", ")}`);
  if (tag.review) parts.push(`review ${tag.review.join(", ")}`);
  return `${tag.conventions.join(" + ")}: ${parts.join("; ")}`;
}
var shortDigest = (digest) => digest.replace(/^sha256:/, "").slice(0, 12);
function fileNames(set) {
  const names = set.files.slice(0, 6).map((f) => f.path);
  return set.files.length > 6 ? `${names.join(", ")} \u2026 and ${set.files.length - 6} more` : names.join(", ");
}
function instructionChanges(scan, set) {
  if (scan.range.base === null) return void 0;
  const before = new Map((scan.instructions?.atBase?.files ?? []).map((f) => [f.path, f.blob]));
  const now = new Map(set.files.map((f) => [f.path, f.blob]));
  const changes = [];
  for (const [p, blob] of now) {
    const old = before.get(p);
    if (old === void 0) changes.push(`${p} added`);
    else if (old !== blob) changes.push(`${p} changed`);
  }
  for (const p of before.keys()) if (!now.has(p)) changes.push(`${p} removed`);
  if (changes.length === 0) return "unchanged";
  return changes.length > 6 ? `${changes.slice(0, 6).join(", ")} \u2026 and ${changes.length - 6} more` : changes.join(", ");
}
function baseDescription(scan) {
  const r = scan.range;
  switch (r.baseRule) {
    case "tag":
      return `newest release tag ${r.tag ?? ""}`;
    case "pull-request":
      return "pull request base";
    case "explicit":
      return "given";
    case "root":
      return "no release tag: whole history";
  }
}
var plain = (s, max = 120) => oneLine(s, max);
function agentCommits(scan) {
  return scan.commits.filter((c) => c.agents.length > 0);
}
function renderText(scan) {
  const t = scan.totals;
  const out = [];
  if (scan.surfaces) out.push(renderSurfacesText(scan.surfaces).trimEnd(), "");
  out.push(
    `Range ${short(scan.range.base)}..${short(scan.range.head)} (${baseDescription(scan)}): ${t.commits} commits`
  );
  out.push(
    `  agent commits: ${t.agentCommits}   review-suggestion commits: ${t.reviewSuggestionCommits}   unknown (no evidence): ${t.unknownCommits}`
  );
  out.push(`  lines by agent commits: +${t.linesAdded} -${t.linesRemoved}`);
  out.push(
    `  strength: verified ${t.byStrength.verified}, declared ${t.byStrength.declared}, inferred ${t.byStrength.inferred}`
  );
  if (t.downWeightedCommits > 0)
    out.push(`  down-weighted (VS Code default co-author window): ${t.downWeightedCommits}`);
  if (t.agentCommits > 0)
    out.push(`  tagged at commit time: ${t.taggedCommits} of ${t.agentCommits} agent commits`);
  const agents = Object.entries(t.byAgent).sort((a, b) => b[1].commits - a[1].commits);
  if (agents.length > 0) {
    out.push("", "By agent:");
    for (const [id, a] of agents) {
      out.push(
        `  ${id.padEnd(20)} ${String(a.commits).padStart(6)} commits  +${a.linesAdded} -${a.linesRemoved}  (verified ${a.byStrength.verified}, declared ${a.byStrength.declared}, inferred ${a.byStrength.inferred})`
      );
    }
    out.push("", "By model:");
    for (const [model, m] of Object.entries(t.byModel).sort((a, b) => b[1].commits - a[1].commits)) {
      out.push(`  ${plain(model, 60).padEnd(40)} ${String(m.commits).padStart(6)} commits`);
    }
  }
  const risk = Object.entries(t.riskPaths);
  if (risk.length > 0) {
    out.push("", "High-risk paths touched by agent commits:");
    for (const [cat, r] of risk) out.push(`  ${cat.padEnd(16)} ${r.commits} commits, ${r.paths} paths`);
  }
  if (scan.suppression.length > 0) {
    out.push("", "Attribution suppression configured:");
    for (const s of scan.suppression) out.push(`  ${plain(s.path)}: ${plain(s.setting)} (${s.tool})`);
  }
  const sets = scan.instructions;
  if (sets && (sets.versions.length > 0 || sets.atBase)) {
    out.push("", "Instructions in force (repository instruction and rule files in each agent commit):");
    if (sets.atBase)
      out.push(
        `  at base ${short(scan.range.base)}: ${shortDigest(sets.atBase.digest)}  ${plain(fileNames(sets.atBase), 200)}`
      );
    for (const v of sets.versions) {
      const since = instructionChanges(scan, v);
      out.push(
        `  ${shortDigest(v.digest)}  ${String(v.agentCommits).padStart(6)} agent commits  ${plain(fileNames(v), 200)}` + (since ? `  (since base: ${plain(since, 200)})` : "")
      );
    }
  }
  const listed = agentCommits(scan);
  if (listed.length > 0) {
    out.push("", "Commits with AI evidence:");
    const manySets = (scan.instructions?.versions.length ?? 0) > 1;
    for (const c of listed.slice(0, MAX_LISTED_COMMITS)) {
      const set = manySets && c.instructions ? `  [instructions ${shortDigest(c.instructions)}]` : "";
      out.push(`  ${short(c.sha)} ${plain(c.subject ?? "", 72)}${set}`);
      for (const a of c.agents) {
        out.push(`      ${plain(agentLabel(a), 200)}`);
        const { logs, more } = shownDecisionLogs(a, MAX_LISTED_LOGS);
        for (const [i, l] of logs.entries())
          out.push(`        log: ${l.kind} ${l.value}${i === logs.length - 1 ? moreLogs(more) : ""}`);
      }
      if (c.commitTag) out.push(`      tagged at commit time: ${plain(tagLabel(c.commitTag), 300)}`);
      for (const r of c.riskPaths.slice(0, MAX_LISTED_RISK_PATHS))
        out.push(`      risk: ${plain(r.path, 160)} [${r.categories.join(", ")}]`);
      if (riskPathsMore(c) > 0) out.push(`      risk: \u2026 and ${riskPathsMore(c)} more paths`);
    }
    if (listed.length > MAX_LISTED_COMMITS)
      out.push(`  \u2026 and ${listed.length - MAX_LISTED_COMMITS} more (use --format json)`);
  }
  for (const w of scan.warnings) out.push(`warning: ${plain(w, 300)}`);
  return out.join("\n") + "\n";
}
function escapeMarkdown2(s, max = 200) {
  return escapeMarkdown(s.length > max ? `${s.slice(0, max - 1)}\u2026` : s);
}
var code = (s) => codeSpan(s.length > 200 ? `${s.slice(0, 199)}\u2026` : s);
function renderMarkdown(scan) {
  const t = scan.totals;
  const out = [];
  if (scan.surfaces) out.push(renderSurfacesMarkdown(scan.surfaces).trimEnd(), "");
  out.push("### Agent attribution", "");
  out.push(
    `Range ${code(short(scan.range.base))}..${code(short(scan.range.head))} (${escapeMarkdown2(baseDescription(scan))}): **${t.commits}** commits, **${t.agentCommits}** with agent evidence, ${t.reviewSuggestionCommits} with AI review suggestions, ${t.unknownCommits} unknown (no evidence; not "human").`,
    ""
  );
  out.push(
    `Lines by agent commits: +${t.linesAdded} \u2212${t.linesRemoved}. Strength: verified ${t.byStrength.verified}, declared ${t.byStrength.declared}, inferred ${t.byStrength.inferred}.` + (t.agentCommits > 0 ? ` Tagged at commit time: ${t.taggedCommits} of ${t.agentCommits} agent commits.` : ""),
    ""
  );
  const agents = Object.entries(t.byAgent).sort((a, b) => b[1].commits - a[1].commits);
  if (agents.length > 0) {
    out.push(
      "| agent | commits | lines | verified | declared | inferred | risk commits |",
      "|---|---:|---:|---:|---:|---:|---:|"
    );
    for (const [id, a] of agents) {
      out.push(
        `| ${escapeMarkdown2(id)} | ${a.commits} | +${a.linesAdded} \u2212${a.linesRemoved} | ${a.byStrength.verified} | ${a.byStrength.declared} | ${a.byStrength.inferred} | ${a.riskCommits} |`
      );
    }
    out.push("", "| model | commits |", "|---|---:|");
    for (const [model, m] of Object.entries(t.byModel).sort((a, b) => b[1].commits - a[1].commits)) {
      out.push(`| ${escapeMarkdown2(model, 80)} | ${m.commits} |`);
    }
    out.push("");
  }
  const risk = Object.entries(t.riskPaths);
  if (risk.length > 0) {
    out.push(
      "**High-risk paths touched by agent commits**",
      "",
      "| category | commits | paths |",
      "|---|---:|---:|"
    );
    for (const [cat, r] of risk) out.push(`| ${escapeMarkdown2(cat)} | ${r.commits} | ${r.paths} |`);
    out.push("");
  }
  if (scan.suppression.length > 0) {
    out.push("**Attribution suppression configured**", "");
    for (const s of scan.suppression)
      out.push(`- ${code(s.path)}: ${escapeMarkdown2(s.setting)} (${escapeMarkdown2(s.tool)})`);
    out.push("");
  }
  const sets = scan.instructions;
  if (sets && (sets.versions.length > 0 || sets.atBase)) {
    out.push(
      "**Instructions in force** (repository instruction and rule files in each agent commit)",
      "",
      "| instruction set | agent commits | files | since base |",
      "|---|---:|---|---|"
    );
    if (sets.atBase)
      out.push(
        `| ${code(shortDigest(sets.atBase.digest))} (at base) | \u2014 | ${escapeMarkdown2(fileNames(sets.atBase), 300)} | |`
      );
    for (const v of sets.versions) {
      const since = instructionChanges(scan, v);
      out.push(
        `| ${code(shortDigest(v.digest))} | ${v.agentCommits} | ${escapeMarkdown2(fileNames(v), 300)} | ${since ? escapeMarkdown2(since, 300) : "\u2014"} |`
      );
    }
    out.push("");
  }
  const listed = agentCommits(scan);
  if (listed.length > 0) {
    out.push(
      "<details><summary>Commits with AI evidence</summary>",
      "",
      "| commit | subject | agents | tagged at commit time | risk paths |",
      "|---|---|---|---|---|"
    );
    for (const c of listed.slice(0, MAX_LISTED_COMMITS)) {
      const agents2 = c.agents.map((a) => {
        const { logs, more } = shownDecisionLogs(a, MAX_LISTED_LOGS);
        const links = logs.map(decisionLogHtml).join(", ");
        return `${escapeMarkdown2(agentLabel(a), 300)}${links ? `<br>log: ${links}${moreLogs(more)}` : ""}`;
      }).join("<br>");
      const tag = c.commitTag ? escapeMarkdown2(tagLabel(c.commitTag), 300) : "\u2014";
      const paths = c.riskPaths.slice(0, MAX_LISTED_RISK_PATHS).map((r) => code(r.path)).join("<br>") + (riskPathsMore(c) > 0 ? `<br>\u2026 and ${riskPathsMore(c)} more` : "");
      out.push(
        `| ${code(short(c.sha))} | ${escapeMarkdown2(c.subject ?? "", 100)} | ${agents2} | ${tag} | ${paths} |`
      );
    }
    if (listed.length > MAX_LISTED_COMMITS)
      out.push("", `\u2026 and ${listed.length - MAX_LISTED_COMMITS} more (see the JSON report).`);
    out.push("", "</details>", "");
  }
  for (const w of scan.warnings) out.push(`> [!WARNING]
> ${escapeMarkdown2(w, 300)}`, "");
  return out.join("\n");
}
function commitJson(c) {
  return {
    sha: c.sha,
    agents: c.agents.map((a) => ({
      id: a.id,
      class: a.class,
      model: a.model,
      modelRaw: a.modelRaw,
      strength: a.strength,
      evidence: a.evidence,
      ...a.decisionLogs?.length ? { decisionLogs: a.decisionLogs } : {},
      ...a.decisionLogsOmitted ? { decisionLogsOmitted: a.decisionLogsOmitted } : {}
    })),
    riskPaths: c.riskPaths,
    ...c.riskPathsOmitted ? { riskPathsOmitted: c.riskPathsOmitted } : {},
    ...c.agents.length > 0 ? {
      subject: c.subject,
      authorDate: c.authorDate,
      ...c.commitTag ? { commitTag: c.commitTag } : {},
      ...c.instructions ? { instructions: c.instructions } : {},
      ...c.linesUnknown !== void 0 ? { linesAdded: null, linesRemoved: null, linesUnknown: c.linesUnknown } : { linesAdded: c.linesAdded ?? 0, linesRemoved: c.linesRemoved ?? 0 },
      ...c.paths ? { paths: c.paths } : {},
      ...c.pathsOmitted ? { pathsOmitted: c.pathsOmitted } : {}
    } : {}
  };
}
function reportFields(scan) {
  return {
    range: {
      base: scan.range.base,
      head: scan.range.head,
      commits: scan.range.commits,
      baseRule: scan.range.baseRule,
      ...scan.range.tag ? { tag: scan.range.tag } : {}
    },
    ...scan.surfaces ? { surfaces: scan.surfaces } : {},
    rest: {
      totals: scan.totals,
      rules: scan.rules,
      suppression: scan.suppression,
      ...scan.instructions ? { instructions: scan.instructions } : {},
      sources: scan.sources,
      ...scan.reviews ? { reviews: scan.reviews } : {},
      ...scan.lineShare ? { lineShare: scan.lineShare } : {},
      warnings: scan.warnings
    }
  };
}
function toJson(scan) {
  const { range, surfaces, rest } = reportFields(scan);
  return {
    range,
    ...surfaces ? { surfaces } : {},
    commits: scan.commits.map(commitJson),
    ...rest
  };
}
var NESTED_PREFIX = "[\n  [\n    ";
var NESTED_SUFFIX = "\n  ]\n]";
var JsonReportWriter = class {
  constructor(write, chunk = 64 * 1024) {
    this.write = write;
    this.chunk = chunk;
  }
  write;
  chunk;
  /** Pieces gathered since the last write (joined once: one flat string per write, no deep rope). */
  pending = [];
  pendingLength = 0;
  commits = 0;
  /** Part of the report has been written. */
  started = false;
  commit(c) {
    this.add(this.commits++ === 0 ? '{\n  "commits": [\n    ' : ",\n    ");
    if (c.agents.length === 0 && c.riskPaths.length === 0 && !c.riskPathsOmitted) {
      this.add(`{
      "sha": "${c.sha}",
      "agents": [],
      "riskPaths": []
    }`);
    } else {
      const nested = JSON.stringify([[commitJson(c)]], null, 2);
      this.add(nested.slice(NESTED_PREFIX.length, nested.length - NESTED_SUFFIX.length));
    }
    if (this.pendingLength >= this.chunk) this.flush();
  }
  /**
   * After a failure: when part of the report has gone out already, completes it as a valid document whose
   * `error` member says what failed (`commits` then lists only the commits written) and returns true;
   * otherwise drops what it gathered, writes nothing and returns false.
   */
  fail(error) {
    if (!this.started) {
      this.pending = [];
      this.pendingLength = 0;
      return false;
    }
    const tail = JSON.stringify({ error: { ...error, commitsWritten: this.commits } }, null, 2);
    this.add(`
  ],
${tail.slice(2)}
`);
    this.flush();
    return true;
  }
  /** Writes the rest of the report; `scan` is the finished scan (its `commits` are not read). */
  end(scan) {
    const { range, surfaces, rest } = reportFields(scan);
    const tail = JSON.stringify({ range, ...surfaces ? { surfaces } : {}, ...rest }, null, 2);
    this.add(this.commits === 0 ? '{\n  "commits": [],\n' : "\n  ],\n");
    this.add(`${tail.slice(2)}
`);
    this.flush();
  }
  add(text) {
    this.pending.push(text);
    this.pendingLength += text.length;
  }
  flush() {
    if (this.pendingLength === 0) return;
    this.started = true;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    this.write(text);
  }
};

export {
  shownDecisionLogs,
  decisionLogHtml,
  tagLabel,
  instructionChanges,
  renderText,
  renderMarkdown,
  toJson,
  JsonReportWriter
};
