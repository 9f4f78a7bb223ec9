/* eslint-disable @typescript-eslint/no-explicit-any -- the JSON report and in-page objects are read untyped */
/**
 * scan --format html: escaping of every untrusted field (pure), and the page in a real headless Chromium
 * (Debian's `chromium`, driven by playwright-core): it renders with no console error and no request but its
 * own file, each chart holds the numbers of the JSON report (recomputed here from the JSON by the definitions
 * in docs/reports.md), a click lists the commits behind a bar, it prints, and a screenshot is kept in
 * .cache/artefacts/ (with UPDATE_README_SCREENSHOT=1 also docs/report-screenshot.png, the README's).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/scan.js';
import type { CliIO } from '../../src/cli/io.js';
import type { CommitAttribution } from '../../src/core/attribution/types.js';
import { renderHtmlReport } from '../../src/core/report/html/index.js';
import { computeTotals } from '../../src/core/scan/totals.js';
import type { ScanResult } from '../../src/core/scan/types.js';
import { HOSTILE, reportRepo, type ReportRepo } from './fixture.js';

// The page functions run in the browser; the project's types are Node's (no DOM lib: it would change fetch's).
declare const document: any;
declare const window: any;
declare function getComputedStyle(e: unknown): any;

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTEFACTS = path.join(ROOT, '.cache', 'artefacts');
const H = `${HOSTILE.script}${HOSTILE.attribute}${HOSTILE.url}${HOSTILE.bidi}`;

/** A scan with hostile text in every field a report shows. */
function hostileScan(): ScanResult {
  const sha = 'a'.repeat(40);
  const commits: CommitAttribution[] = [
    {
      sha,
      authorDate: '2026-09-01T00:00:00.000Z',
      subject: H,
      author: { name: H, email: H },
      agents: [
        {
          id: 'claude-code',
          class: 'coding_agent',
          model: H,
          modelRaw: H,
          strength: 'declared',
          evidence: [
            { rule: 'CC-1', tier: 'S1', strength: 'declared', where: 'trailer', match: H, detail: H },
          ],
        },
      ],
      riskPaths: [{ path: `src/auth/${H}`, categories: ['auth'] }],
      paths: [`src/auth/${H}`],
      linesAdded: 3,
      linesRemoved: 1,
    },
  ];
  return {
    range: { base: null, head: 'b'.repeat(40), commits: 1, baseRule: 'tag', tag: H },
    commits,
    totals: computeTotals(commits),
    rules: { version: '1', digest: 'c'.repeat(64) },
    suppression: [],
    sources: {
      notes: { ref: 'refs/notes/ai', present: false, commits: 0 },
      agentTrace: { files: [], records: 0 },
    },
    surfaces: [
      {
        path: `.claude/${H}`,
        oldPath: H,
        rule: 'CFG-claude-settings',
        tool: H,
        change: 'renamed',
        capabilities: ['EXEC'],
        commits: [sha],
        risk: 'high',
        flags: ['pipe-to-shell'],
        reasons: [H],
        commitDetails: [{ sha, agents: [{ id: H, model: H, strength: H }] }],
      },
    ],
    reviews: {
      status: 'collected',
      scope: 'agent-commits',
      pullRequests: [
        {
          number: 7,
          url: HOSTILE.url,
          author: { login: H, id: 1, type: 'User' },
          headSha: sha,
          commits: [sha],
          humanApprovalOfHead: false,
          reviews: [],
        },
      ],
      commitsWithoutPullRequest: [],
    },
    warnings: [H],
  };
}

describe('HTML escaping', () => {
  const html = renderHtmlReport(hostileScan(), { rangeLines: { added: 10, removed: 2 } });
  const markup = html.replace(/<script type="application\/json" id="report-data">[\s\S]*?<\/script>/, '');

  it('no markup from the data: three scripts (data, Chart.js, page), no handler attributes', () => {
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(markup).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(markup).not.toContain('<script>window');
    expect(markup).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
  });

  it('javascript: never becomes a link; the review URL is text', () => {
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(markup).toMatch(/<td>#7<\/td>/);
  });

  it('bidirectional overrides are shown, never applied, also inside the data block', () => {
    expect(html).not.toContain('\u202e');
    expect(markup).toContain('&lt;U+202E&gt;');
  });

  it('the data block cannot end its element', () => {
    const block = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toMatch(/[<>]/);
    expect(JSON.parse(block).report.commits[0].subject).toBe(H);
  });

  it('the CSP allows exactly the inline scripts and style by hash, and nothing from elsewhere', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!;
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*'; style-src 'sha256-/,
    );
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(
    `html.test: ${CHROMIUM} is missing, the browser tests are skipped (apt-get install chromium; .ci/run installs it).`,
  );

describe.skipIf(!haveChromium)('the HTML report in headless Chromium', () => {
  let fx: ReportRepo;
  let dir: string;
  let context: BrowserContext;
  let page: Page;

  let json: any;
  const requests: string[] = [];
  const problems: string[] = [];

  const cli = (cwd: string): { io: CliIO; out: string[] } => {
    const out: string[] = [];
    return { io: { stdout: (t) => void out.push(t), stderr: () => {}, isTTY: false, cwd }, out };
  };

  beforeAll(async () => {
    fx = await reportRepo();
    dir = mkdtempSync(path.join(tmpdir(), 'agent-attest-html-'));
    const htmlFile = path.join(dir, 'report.html');
    const a = cli(fx.repo.path);
    expect(await run(['--format', 'html', '--line-share', '--output', htmlFile], a.io)).toBe(0);
    const b = cli(fx.repo.path);
    expect(await run(['--format', 'json', '--line-share'], b.io)).toBe(0);
    json = JSON.parse(b.out.join(''));

    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await context.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => void problems.push(`pageerror: ${e.message}`));
    await page.goto(`file://${htmlFile}`);
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 20_000 });
  });

  afterAll(async () => {
    await context?.close();
    await fx?.repo.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders with no console error and no request but the page itself', async () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([page.url()]);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('shows the hostile text as text', async () => {
    const shown = await page.evaluate(() => document.body.innerText);
    expect(shown).toContain(HOSTILE.script);
    expect(shown).toContain('<U+202E>');
    expect(shown).not.toContain('\u202e');
    const handlers = await page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter((e) =>
          [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
    );
    expect(handlers).toBe(0);
  });

  it('each chart holds the numbers of the JSON report', async () => {
    const charts = await page.evaluate(() => {
      const out: Record<string, { labels: string[]; data: number[][] }> = {};
      for (const canvas of document.querySelectorAll('canvas')) {
        const chart = window.Chart.getChart(canvas);
        out[canvas.id.replace('chart-', '')] = {
          labels: chart.data.labels,
          data: chart.data.datasets.map((d: { data: number[] }) => d.data),
        };
      }
      return out;
    });
    const t = json.totals;

    // Agent commits per month by agent, from the commits.
    const agentCommits = json.commits.filter((c: any) =>
      c.agents.some((a: any) => a.class === 'coding_agent'),
    );
    expect(charts['timeline']!.labels).toEqual(['2026-08', '2026-09', '2026-10']);
    const expected: Record<string, number[]> = {};
    for (const c of agentCommits)
      for (const a of c.agents.filter((x: any) => x.class === 'coding_agent')) {
        const row = (expected[a.id] ??= [0, 0, 0]);
        row[charts['timeline']!.labels.indexOf(c.authorDate.slice(0, 7))]! += 1;
      }
    const timeline = await page.evaluate(() =>
      (window as any).Chart.getChart(document.getElementById('chart-timeline')).data.datasets.map(
        (d: any) => [d.label, d.data],
      ),
    );
    expect(Object.fromEntries(timeline)).toEqual(expected);
    expect(Object.keys(expected).sort()).toEqual(['aider', 'claude-code', 'codex']);

    expect(
      Object.fromEntries(charts['models']!.labels.map((l, i) => [l, charts['models']!.data[0]![i]])),
    ).toEqual(Object.fromEntries(Object.entries(t.byModel).map(([k, v]: [string, any]) => [k, v.commits])));
    expect(charts['commit-share']!.data[0]).toEqual([
      t.agentCommits,
      t.reviewSuggestionCommits,
      t.unknownCommits,
    ]);
    expect(charts['commit-share']!.data[0]).toEqual([3, 0, 2]);

    // Changed lines: agent commits' lines against every non-merge commit's (numstat), recomputed here.
    const numstat = await fx.repo.git(['log', '--no-merges', '--numstat', '-M', '--format=']);
    let all = 0;
    for (const m of numstat.matchAll(/^(\d+)\t(\d+)\t/gm)) all += Number(m[1]) + Number(m[2]);
    const agentLines = t.linesAdded + t.linesRemoved;
    expect(charts['changed-lines']!.data[0]).toEqual([agentLines, all - agentLines]);

    const ls = json.lineShare;
    expect(charts['line-share']!.data[0]).toEqual([ls.agentLines, ls.reviewSuggestionLines, ls.unknownLines]);
    expect(
      Object.fromEntries(
        charts['line-share-agents']!.labels.map((l, i) => [l, charts['line-share-agents']!.data[0]![i]]),
      ),
    ).toEqual(Object.fromEntries(Object.entries(ls.byAgent).map(([k, v]: [string, any]) => [k, v.lines])));
    expect(ls.agentLines).toBeGreaterThan(0);

    const risk = charts['risk-paths']!;
    expect(Object.fromEntries(risk.labels.map((l, i) => [l, [risk.data[0]![i], risk.data[1]![i]]]))).toEqual(
      Object.fromEntries(
        Object.entries(t.riskPaths).map(([k, v]: [string, any]) => [k, [v.commits, v.paths]]),
      ),
    );
    expect(risk.labels.sort()).toEqual(['auth', 'ci']);

    // Reviews were not collected: every agent commit is unknown.
    expect(charts['reviews']!.labels).toEqual(['approved', 'not-approved', 'no-pull-request', 'unknown']);
    expect(charts['reviews']!.data[0]).toEqual([0, 0, 0, t.agentCommits]);

    const byRisk = ['high', 'medium', 'low'].map(
      (r) => json.surfaces.filter((f: any) => (f.risk ?? 'low') === r).length,
    );
    expect(charts['surfaces']!.data[0]).toEqual(byRisk);
    expect(byRisk[0]).toBeGreaterThan(0);
  });

  it('the table behind each chart holds the same numbers', async () => {
    const mismatches = await page.evaluate(() => {
      const bad: string[] = [];
      for (const table of document.querySelectorAll('table.chart-table')) {
        const id = (table as any).dataset['chart']!;
        const chart = (window as any).Chart.getChart(document.getElementById(`chart-${id}`));
        const rows = [...table.querySelectorAll('tbody tr')];
        rows.forEach((row, i) => {
          const cells = [...row.querySelectorAll('td')].map((td) => Number(td.textContent));
          const want = chart.data.datasets.map((d: any) => d.data[i]);
          if (JSON.stringify(cells) !== JSON.stringify(want)) bad.push(`${id} row ${i}: ${cells} vs ${want}`);
        });
        if (rows.length !== chart.data.labels.length) bad.push(`${id}: ${rows.length} rows`);
      }
      return bad;
    });
    expect(mismatches).toEqual([]);
    expect(await page.locator('table.chart-table').count()).toBe(await page.locator('canvas').count());
  });

  it('a click on a bar lists the commits behind it with their evidence', async () => {
    const point = await page.evaluate(() => {
      const chart = (window as any).Chart.getChart(document.getElementById('chart-timeline'));
      const meta = chart.getDatasetMeta(chart.data.datasets.findIndex((d: any) => d.label === 'claude-code'));
      const bar = meta.data[0];
      return { x: bar.x, y: (bar.y + bar.base) / 2 };
    });
    const box = (await page.locator('#chart-timeline').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const panel = page.locator('#evidence');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    expect(text).toContain(fx.claude.slice(0, 12));
    expect(text).toContain('CC-1');
    expect(text).toContain(HOSTILE.script);
    expect(text).not.toContain('\u202e');
    expect(problems).toEqual([]);
  });

  it('prints: evidence panel hidden, charts and tables kept', async () => {
    await page.emulateMedia({ media: 'print' });
    const display = await page.evaluate(() => ({
      evidence: getComputedStyle(document.getElementById('evidence')!).display,
      table: getComputedStyle(document.querySelector('table')!).display,
      canvas: getComputedStyle(document.querySelector('canvas')!).display,
    }));
    expect(display).toEqual({ evidence: 'none', table: 'table', canvas: 'block' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  });

  it('the policy is in force: a script added to the page does not run', async () => {
    const before = problems.length;
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = 1';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    await expect.poll(() => problems.slice(before).join('\n')).toMatch(/Content Security Policy/);
    problems.splice(before);
  });

  it('keeps a screenshot', async () => {
    await mkdir(ARTEFACTS, { recursive: true });
    const file = path.join(ARTEFACTS, 'html-report.png');
    await page.evaluate(() => document.getElementById('evidence')!.setAttribute('hidden', ''));
    await page.screenshot({ path: file, fullPage: true });
    expect((await readFile(file)).subarray(1, 4).toString()).toBe('PNG');
  });

  it.runIf(process.env['UPDATE_README_SCREENSHOT'] === '1')(
    'writes the README screenshot (plain fixture)',
    async () => {
      const plain = await reportRepo({ hostile: false });
      try {
        const file = path.join(dir, 'plain.html');
        const c = cli(plain.repo.path);
        expect(await run(['--format', 'html', '--line-share', '--output', file], c.io)).toBe(0);
        const p = await context.newPage();
        await p.goto(`file://${file}`);
        await p.waitForSelector('body[data-rendered="true"]');
        await p.screenshot({ path: path.join(ROOT, 'docs', 'report-screenshot.png'), fullPage: false });
        await p.close();
      } finally {
        await plain.repo.remove();
      }
    },
  );
});
