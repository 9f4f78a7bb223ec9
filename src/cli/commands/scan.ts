/**
 * agent-attest scan: the agent footprint of a commit range, as text, Markdown (job summary), JSON, a
 * self-contained HTML report or SARIF. The HTML and SARIF renderers are loaded only when asked for.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError, messageOf } from '../../core/errors.js';
import { readEnvironment } from '../../core/config.js';
import {
  gatherReleaseFacts,
  REVIEW_SCOPES,
  riskPathConfig,
  type ReviewsInput,
} from '../../core/facts/index.js';
import { attributionOf, withLineShare } from '../../core/report/line-share/index.js';
import { JsonReportWriter, renderMarkdown, renderText, toJson } from '../../core/scan/render.js';
import type { ScanResult } from '../../core/scan/types.js';
import { parseCommandArgs } from '../args.js';
import { count, progressLine, stderrLogger, type CliIO } from '../io.js';

const HELP = `usage: agent-attest scan [--repo-path DIR] [--base REV] [--head REV] [--tag-pattern GLOB]...
                         [--format text|json|markdown|html|sarif] [--output FILE] [--line-share]

Reports the AI assistant config files the range changed (first: what they can run), then which commits
came from which AI coding agent and model, with the strength of the evidence (verified, declared,
inferred), high-risk paths they touched, and the lines they changed. Commits without evidence are
"unknown", never "human". The same facts attest signs.

options:
  --repo-path DIR      the git checkout to scan (default: the current directory)
  --base REV           first commit NOT in the range (default: the newest release tag reachable from
                       --head, other than --head itself; without one, the whole history);
                       'root': the whole history whatever the tags
  --head REV           last commit of the range (default: HEAD)
  --tag-pattern GLOB   release tags considered for the default base (repeatable; default 'v[0-9]*' and
                       '[0-9]*')
  --risk-path GLOB     an extra high-risk path glob (repeatable)
  --reviews SCOPE      also collect review evidence (and GitHub-verified agent identities) for
                       agent-commits or all-commits; needs --repository, and GITHUB_TOKEN/GH_TOKEN
                       outside GitHub Actions (default: off)
  --repository O/R     the GitHub repository of the checkout (default: GITHUB_REPOSITORY)
  --github-api-url URL GitHub API (default: GITHUB_API_URL or https://api.github.com)
  --format FORMAT      text (default), json (stable, documented in docs/attribution.md), markdown,
                       html (one self-contained page with charts; docs/reports.md) or sarif (SARIF
                       2.1.0 for code scanning: config surface findings, unreviewed agent code on
                       risk paths)
  --output FILE        write the report to FILE (written whole, or not at all) instead of stdout
  --line-share         also blame every tracked text file at head: lines and share per agent, model
                       and risk category (the JSON's lineShare; docs/reports.md)
  --verbose            debug logging on stderr
  -h, --help           this help

exit codes: 0 report written; 2 bad usage or input (not a repository, unknown revision, shallow clone).
`;

const FORMATS = ['text', 'json', 'markdown', 'html', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(
    'scan',
    argv,
    {
      'repo-path': { type: 'string' },
      base: { type: 'string' },
      head: { type: 'string' },
      'tag-pattern': { type: 'string', multiple: true },
      'risk-path': { type: 'string', multiple: true },
      reviews: { type: 'string', default: 'off' },
      repository: { type: 'string' },
      'github-api-url': { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      'line-share': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    false,
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    throw new AgentAttestError('USAGE', `--format '${values.format}' is not one of ${FORMATS.join(', ')}.`);
  }
  if (!(REVIEW_SCOPES as readonly string[]).includes(values.reviews)) {
    throw new AgentAttestError(
      'USAGE',
      `--reviews must be one of ${REVIEW_SCOPES.join(', ')}, not '${values.reviews}'`,
    );
  }
  const env = readEnvironment();
  const progress = progressLine(io);
  const base = stderrLogger(progress.io, values.verbose);
  // The report is the output: the library's info lines only with --verbose, warnings always.
  const logger = { ...base, info: base.debug };
  // JSON lists every commit: written as the scan settles each one, so memory does not grow with the range.
  // Not with reviews: GitHub's evidence upgrades change commits after the scan, so the report waits for them.
  const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
  if (output !== undefined && values.output === '')
    throw new AgentAttestError('USAGE', '--output needs a file path.');
  // With --output the report is gathered and written whole at the end: nothing half-written on failure.
  const gathered: string[] = [];
  const emit = output === undefined ? io.stdout : (t: string) => void gathered.push(t);
  const stream = format === 'json' && values.reviews === 'off' ? new JsonReportWriter(emit) : undefined;
  // Line share needs the attribution of every commit with evidence: collected here when the JSON streams them.
  const lineIndex = values['line-share'] && stream ? attributionOf([]) : undefined;
  const repoPath = path.resolve(io.cwd, values['repo-path'] ?? '.');
  try {
    progress.update('reading the range and its AI config changes…');
    const facts = await gatherReleaseFacts(
      repoPath,
      {
        base: values.base,
        head: values.head,
        tagPattern: values['tag-pattern'],
        riskPaths: values['risk-path'],
        reviews: values.reviews as ReviewsInput,
        githubToken: env.githubToken,
        githubActions: env.githubActions,
        githubApiUrl: values['github-api-url'] ?? env.apiUrl,
        serverUrl: env.serverUrl,
        repository: values.repository ?? env.repository,
      },
      logger,
      {
        onProgress: (p) => progress.update(`scanning… ${count(p.commits)} commits`),
        // Text and Markdown list the commits with evidence.
        retain: stream ? 'none' : format === 'json' ? 'all' : 'evidence',
        ...(stream
          ? {
              onCommit: (c) => {
                stream.commit(c);
                if (lineIndex && c.agents.length > 0) attributionOf([c], lineIndex);
              },
            }
          : {}),
      },
    );
    let scan = facts.scan;
    if (values['line-share']) {
      const riskPaths = riskPathConfig(values['risk-path']);
      progress.update('blaming… (reading the history below the range first)');
      scan = await withLineShare(repoPath, scan, {
        ...(lineIndex ? { index: lineIndex } : {}),
        ...(riskPaths ? { riskPaths } : {}),
        logger,
        onProgress: (p) => progress.update(`blaming… ${count(p.files)} of ${count(p.totalFiles)} files`),
      });
    }
    progress.clear();
    if (stream) stream.end(scan);
    else if (format === 'json') emit(`${JSON.stringify(toJson(scan), null, 2)}\n`);
    else if (format === 'markdown') emit(renderMarkdown(scan));
    else if (format === 'sarif') emit(await renderSarif(repoPath, scan));
    else if (format === 'html') emit(await renderHtml(repoPath, scan));
    else emit(renderText(scan));
    if (output !== undefined) {
      await writeWhole(output, gathered.join(''));
      io.stderr(`wrote ${output}\n`);
    }
    return 0;
  } catch (e) {
    // Half a JSON document on stdout is worse than none: close the one begun with an `error` member (the
    // error itself still goes to stderr, with its exit code).
    stream?.fail({
      code: e instanceof AgentAttestError ? e.code : 'UNEXPECTED',
      message: messageOf(e),
    });
    throw e;
  } finally {
    progress.clear();
  }
}

async function renderSarif(repoPath: string, scan: ScanResult): Promise<string> {
  const [{ toSarif }, { readHeadFiles }] = await Promise.all([
    import('../../core/report/sarif/index.js'),
    import('../../core/report/locate.js'),
  ]);
  const head = await readHeadFiles(repoPath, scan.range.head, scan.surfaces ?? []);
  return `${JSON.stringify(toSarif(scan, head), null, 2)}\n`;
}

async function renderHtml(repoPath: string, scan: ScanResult): Promise<string> {
  const [{ renderHtmlReport }, { rangeLines }] = await Promise.all([
    import('../../core/report/html/index.js'),
    import('../../core/report/range-lines.js'),
  ]);
  return renderHtmlReport(scan, { rangeLines: await rangeLines(repoPath, scan.range) });
}

/** Writes a file whole: to a temporary name beside it, then renamed over it. */
async function writeWhole(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new AgentAttestError(
      'INPUT_INVALID',
      `cannot write the report to '${file}': ${(e as NodeJS.ErrnoException).code ?? String(e)}; choose a writable --output path`,
    );
  }
}
