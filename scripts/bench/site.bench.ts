/**
 * `npm run bench`: figures for the built site, printed as a table and written
 * to bench/results.json. Run through vitest only so that it can import the
 * project's TypeScript; it asserts nothing, it measures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { launchBrowser } from '../../test/support/browser';
import { serveStatic } from '../../test/support/server';
import { measureQuery, summarise } from '../../test/support/relevance';
import { RELEVANCE_QUERIES } from '../../test/support/relevance-queries';
import { type PageWeight, weighPage } from './page-weight';

const DIST = 'dist';
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  meeting: '/meetings/cgb-2023-03-20/',
  decision: '/decisions/2023-09-25-s106-electric-vehicles/',
  index: '/meetings/',
  metric: '/performance/999-calls/',
  search: '/search/?q=999',
};
const CHART_RUNS = 7;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

it('measures the built site', async () => {
  const server = await serveStatic(DIST);
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  try {
    const weights: Record<string, PageWeight> = {};
    for (const [type, path] of Object.entries(PAGE_TYPES))
      weights[type] = await weighPage(page, server.url, DIST, path);

    const chartPages = ['/performance/999-calls/', '/performance/dvpn-issued/', '/meetings/cgb-2023-07-17/'];
    const chartDrawMs: Record<string, number> = {};
    for (const path of chartPages) {
      const times: number[] = [];
      for (let run = 0; run < CHART_RUNS; run += 1) {
        await page.goto(server.url + path);
        await page.waitForSelector('canvas[data-drawn="true"]');
        times.push(
          await page.evaluate(() => performance.getEntriesByName('tp-charts-drawn')[0]?.startTime ?? Number.NaN),
        );
      }
      chartDrawMs[path] = Math.round(median(times));
    }

    // Search relevance on the site's own content: the suite of test/e2e/search-relevance.test.ts.
    const outcomes = [];
    for (const query of RELEVANCE_QUERIES) outcomes.push(await measureQuery(page, server.url, query));
    const relevance = summarise(outcomes);
    const missed = outcomes.filter((o) => o.rank === undefined || o.rank > 3).map((o) => `"${o.query.query}"`);

    const lines = [
      `Search relevance over ${outcomes.length} searches from the papers, on /search/ in headless Chromium`,
      `precision at 5: ${(relevance.precisionAt5 * 100).toFixed(1)}% of the top five results hold a word of the query`,
      `answered in the top 3: ${(relevance.answeredInTop3 * 100).toFixed(1)}%${missed.length ? ` (not: ${missed.join(', ')})` : ''}`,
      '',
      'Page weight (KB; gzipped in brackets)',
      'page      requests  HTML           CSS          JS',
      ...Object.entries(weights).map(
        ([type, w]) =>
          `${type.padEnd(9)} ${String(w.requests).padStart(8)}  ${kb(w.html.raw).padStart(6)} (${kb(w.html.gzip).padStart(5)})  ${kb(w.css.raw).padStart(5)} (${kb(w.css.gzip).padStart(4)})  ${kb(w.js.raw).padStart(6)} (${kb(w.js.gzip).padStart(5)})`,
      ),
      '',
      `Chart drawn after load, median of ${CHART_RUNS} runs in headless Chromium`,
      ...Object.entries(chartDrawMs).map(([path, ms]) => `${path.padEnd(34)} ${ms} ms`),
    ];
    console.log(`\n${lines.join('\n')}\n`);

    mkdirSync('bench', { recursive: true });
    let previous: Record<string, unknown> = {};
    try {
      previous = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
    } catch {
      // First run: nothing to keep.
    }
    const results = {
      ...previous,
      measuredAt: new Date().toISOString(),
      pageWeight: weights,
      chartDrawMs,
      searchRelevance: relevance,
    };
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}, 600_000);
