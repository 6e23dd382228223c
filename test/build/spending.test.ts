/**
 * A month of spending over £500 dropped in as a finance team would: a CSV
 * file of 10,000 rows exported with UK dates and £ amounts, added to the
 * landed content. It is checked, built and searched like any other content:
 * the month's page lists every payment and filters them by supplier, search
 * finds a supplier's payments, the open data holds every row as numbers, and
 * the statutory index counts the duty as up to date.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spendingCsv } from '../../scripts/bench/generate-spending';
import { launchBrowser } from '../support/browser';
import { buildSite, type BuildResult } from '../support/build';
import { axeViolations } from '../support/axe';
import { searchPage } from '../support/relevance';
import { serveStatic } from '../support/server';

const ROWS = 10_000;
const MONTH = '2026-11';
const SMALL_MONTH = '2026-10';
const content = mkdtempSync(join(tmpdir(), 'portal-spending-'));
const csv = spendingCsv(MONTH, ROWS);
const exported = parse<Record<string, string>>(csv, { columns: true });
// A supplier paid several times in the month, and how many times.
const supplier = exported[0].Supplier;
const paidTimes = exported.filter((row) => row.Supplier === supplier).length;
let build: BuildResult;

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'spending'), { recursive: true });
  writeFileSync(join(content, 'spending', `${MONTH}.csv`), csv);
  // A smaller month from the same export, for axe, which takes minutes over 10,000 rows of the same markup.
  writeFileSync(join(content, 'spending', `${SMALL_MONTH}.csv`), spendingCsv(SMALL_MONTH, 60, 11));
  build = buildSite(content, { PORTAL_BUILD_DATE: '2026-12-02' });
});
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(dirname(build.outDir), { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

describe('a month of 10,000 payments, exported by a finance system', () => {
  it("passes axe on a month's page, on a phone and on a desktop, with and without a filter chosen", async () => {
    const server = await serveStatic(build.outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${server.url}/spending/${SMALL_MONTH}/`);
        expect(await axeViolations(page), `${width}px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBeLessThanOrEqual(
          width,
        );
        await page.getByLabel('Supplier name contains').fill('ltd');
        // The first group of checkboxes, the categories, starts open.
        await page.locator('details[data-group="category"] label').first().click();
        expect(await axeViolations(page), `${width}px, filtered`).toEqual([]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('passes the check and builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('publishes every row as open data, amounts as numbers and dates as YYYY-MM-DD', () => {
    const rows = parse<Record<string, string>>(read(`data/spending-${MONTH}.csv`), { columns: true });
    expect(rows).toHaveLength(ROWS);
    const json = JSON.parse(read(`data/spending-${MONTH}.json`)) as { rows: Record<string, unknown>[] };
    expect(json.rows).toHaveLength(ROWS);
    const first = json.rows[0];
    expect(first.amount_gbp).toBe(Number(exported[0].Amount.replace(/[£,]/g, '')));
    expect(first.date).toBe(exported[0].Date.split('/').reverse().join('-'));
    expect(first.supplier).toBe(supplier);
    // Payments to individuals are published without the name.
    const withheld = json.rows.filter((r) => r.withheld === true);
    expect(withheld.length).toBe(exported.filter((r) => r['Withheld reason']).length);
    expect(withheld.every((r) => r.supplier === null && r.purpose === null)).toBe(true);
    expect(read('spending/index.html')).toContain('10,000');
  });

  it('counts the duty as up to date on the statutory index', () => {
    const index = JSON.parse(read('data/statutory-duties.json')) as { rows: { id: string; status: string }[] };
    expect(index.rows.find((r) => r.id === 'spending')?.status).toBe('up-to-date');
  });

  it("filters the month's page by supplier, and search lands on the supplier's payments", async () => {
    const server = await serveStatic(build.outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${server.url}/spending/${MONTH}/`);
      await page.getByLabel('Supplier name contains').fill(supplier.toLowerCase());
      await expect
        .poll(() => page.locator('#payments-caption').textContent())
        .toBe(
          `${paidTimes} of 10,000 payments: supplier containing “${supplier.toLowerCase()}”. In the order the finance system exported them.`,
        );
      const shown = await page.locator('#payments-table tbody tr:not([hidden])').count();
      expect(shown).toBe(paidTimes);
      expect(new URL(page.url()).searchParams.get('supplier')).toBe(supplier.toLowerCase());

      const results = await searchPage(page, server.url, supplier);
      expect(results[0]?.text).toContain(`${supplier}: spending in November 2026`);
      const link = results[0].links[0];
      expect(link).toMatch(new RegExp(`^/spending/${MONTH}/#supplier-`));
      await page.goto(`${server.url}${link}`);
      const anchor = link.split('#')[1];
      expect(await page.locator(`[id="${anchor}"]`).textContent()).toContain(supplier);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
