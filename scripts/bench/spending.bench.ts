/**
 * `npm run bench`, spending part: a month of 10,000 payments, as a finance
 * team would drop it in. Measures the content check of that month on its own
 * (median of five), the build of the landed content with and without it,
 * the size of the month's page and of its open data, and in Chromium the
 * time from opening the month's page to a supplier filter's result and from
 * a search for a supplier to its results. Prints the figures.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { it } from 'vitest';
import { checkContent } from '../../src/lib/checks';
import { loadSiteConfig } from '../../src/lib/content/site-config';
import { launchBrowser } from '../../test/support/browser';
import { serveStatic } from '../../test/support/server';
import { spendingCsv } from './generate-spending';
import { measure } from './measure';

const ROWS = 10_000;
const MONTH = '2026-11';
const BUILD = [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/build.ts')];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (path: string) => Math.round((statSync(path).size / 1024 / 1024) * 100) / 100;

it(`a month of ${ROWS.toLocaleString('en-GB')} payments: checked, built, filtered and searched`, async () => {
  const work = mkdtempSync(join(tmpdir(), 'portal-bench-spending-'));
  try {
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const csv = spendingCsv(MONTH, ROWS);
    mkdirSync(join(content, 'spending'), { recursive: true });
    const themes = loadSiteConfig().themes.map((t) => t.id);

    const withoutMonth = join(work, 'without');
    cpSync('content', withoutMonth, { recursive: true });
    const checkMs = (dir: string) =>
      median(
        Array.from({ length: 5 }, () => {
          const start = performance.now();
          checkContent(dir, themes, { today: '2026-12-02' });
          return performance.now() - start;
        }),
      );
    const baseCheck = checkMs(withoutMonth);
    writeFileSync(join(content, 'spending', `${MONTH}.csv`), csv);
    const monthCheck = checkMs(content) - baseCheck;

    const build = async (dir: string, out: string) => {
      const run = await measure(process.execPath, BUILD, {
        env: { ...process.env, PORTAL_CONTENT_DIR: dir, PORTAL_OUT_DIR: out, PORTAL_BUILD_DATE: '2026-12-02' },
      });
      if (run.status !== 0) throw new Error(`The build failed:\n${run.output.slice(-2000)}`);
      return run;
    };
    const before = await build(withoutMonth, join(work, 'dist-without'));
    const dist = join(work, 'dist');
    const after = await build(content, dist);

    const supplier = parse<Record<string, string>>(csv, { columns: true })[0].Supplier;
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    let filterMs = 0;
    let searchMs = 0;
    try {
      const page = await browser.context.newPage();
      const opened = performance.now();
      await page.goto(`${server.url}/spending/${MONTH}/`);
      await page.getByLabel('Supplier name contains').fill(supplier);
      await page.waitForFunction(() => document.querySelector('#payments-caption')?.textContent?.includes(' of '));
      filterMs = performance.now() - opened;
      const searched = performance.now();
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(supplier)}`);
      await page.waitForFunction(() => Number(document.documentElement.dataset.searchDone ?? 0) > 0);
      searchMs = performance.now() - searched;
    } finally {
      await browser.close();
      await server.close();
    }
    const rows = [
      ['content check of the month alone (median of 5)', `${Math.round(monthCheck)} ms`],
      ['build of the landed content, without the month', `${before.seconds.toFixed(1)} s, ${before.peakRssMb} MB peak`],
      ['build with the month', `${after.seconds.toFixed(1)} s, ${after.peakRssMb} MB peak`],
      ["month's page", `${mb(join(dist, 'spending', MONTH, 'index.html'))} MB`],
      [
        "month's open data (CSV, JSON)",
        `${mb(join(dist, 'data', `spending-${MONTH}.csv`))} MB, ${mb(join(dist, 'data', `spending-${MONTH}.json`))} MB`,
      ],
      ['open the page and filter by a supplier, to its result', `${Math.round(filterMs)} ms`],
      ['search for a supplier, page load to results', `${Math.round(searchMs)} ms`],
    ];
    console.log(
      [`\nSpending: a month of ${ROWS.toLocaleString('en-GB')} payments`, ...rows.map(([k, v]) => `  ${k}: ${v}`)].join(
        '\n',
      ),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
