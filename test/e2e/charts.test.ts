/**
 * Performance pages in real Chromium: every chart draws, its table shows
 * exactly the values in the data file, the CSV download parses to the same
 * values, the takeaway is right, and without JavaScript the page still tells
 * the whole story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/site';
import { contentDir } from '../../src/config/paths';
import { loadSiteConfig } from '../../src/config/site';
import { checkContent } from '../../src/lib/check-content';
import type { MetricData } from '../../src/schemas/metrics';
import { launchBrowser } from '../support/browser';
import { useBuiltSite } from '../support/built-site';

const { entries } = checkContent(
  contentDir,
  loadSiteConfig().themes.map((t) => t.id),
);
const metrics = entries.metrics.map((e) => ({ id: e.id, data: e.data as unknown as MetricData }));
const charted = metrics.filter((m) => m.data.series.length >= 2);

/** "20,087" / "86.7%" / "£4,600,000" / "more than 86%" => the number. */
const numberIn = (text: string) => Number(text.replace(/[^0-9.-]/g, ''));

const site = useBuiltSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

describe('every metric page', () => {
  it('covers the launch series', () => {
    expect(charted.map((m) => m.id)).toEqual(expect.arrayContaining(['999-calls', 'dvpn-issued', 'vawg-offences']));
  });

  it.each(metrics.map((m) => [m.id, m] as const))(
    '%s: the table shows exactly the values in the data file',
    async (id, metric) => {
      await page.goto(`${site.server.url}/performance/${id}/`);
      const cells = await page
        .locator('table tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '']),
        );
      expect(cells.map(([, value]) => numberIn(value))).toEqual(metric.data.series.map((p) => p.value));
      expect(cells).toHaveLength(metric.data.series.length);
    },
  );

  it.each(metrics.map((m) => [m.id, m] as const))('%s: the CSV download parses to the same values', (id, metric) => {
    const rows = parse<{ period: string; value: string }>(
      readFileSync(join(DIST, 'performance', `${id}.csv`), 'utf8'),
      {
        columns: true,
      },
    );
    expect(rows.map((r) => [r.period, Number(r.value)])).toEqual(metric.data.series.map((p) => [p.period, p.value]));
    const json = JSON.parse(readFileSync(join(DIST, 'performance', `${id}.json`), 'utf8')) as {
      metadata: { licence: { name: string } };
    };
    expect(json.metadata.licence.name).toBe('Open Government Licence v3.0');
  });

  it.each(charted.map((m) => m.id))('%s: the chart draws, with a text alternative', async (id) => {
    await page.goto(`${site.server.url}/performance/${id}/`);
    const canvas = page.locator('canvas[data-chart]');
    await page.waitForSelector('canvas[data-drawn="true"]', { timeout: 5000 });
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toContain('Every value is in the table below');
  });
});

describe('the 999 calls page', () => {
  it('states the takeaway computed from the data', async () => {
    await page.goto(`${site.server.url}/performance/999-calls/`);
    expect(await page.locator('.tp-chart__takeaway').textContent()).toBe(
      '20,087 in May 2023: up 22.7% on May 2022, and the highest month in this series.',
    );
  });

  it('tells the whole story without JavaScript', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const p = await noScript.context.newPage();
      await p.goto(`${site.server.url}/performance/999-calls/`);
      expect(await p.locator('.tp-chart__takeaway').isVisible()).toBe(true);
      expect(await p.locator('table tbody tr').count()).toBe(15);
      expect(await p.locator('a[href="/performance/999-calls.csv"]').isVisible()).toBe(true);
      expect(await p.locator('canvas[data-drawn]').count()).toBe(0);
    } finally {
      await noScript.close();
    }
  });

  it('does not animate when the reader asks for reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}/performance/999-calls/`);
    await page.waitForSelector('canvas[data-drawn="true"]');
    expect(await page.locator('canvas').getAttribute('data-motion')).toBe('reduced');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('lets keyboard users reach the data table', async () => {
    await page.goto(`${site.server.url}/performance/999-calls/`);
    const region = page.locator('.tp-table-wrap[role="region"]');
    expect(await region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
  });
});

describe('metrics inside content', () => {
  it('a meeting summary embeds a trend chart with its data', async () => {
    await page.goto(`${site.server.url}/meetings/cgb-2023-07-17/`);
    await page.waitForSelector('canvas[data-drawn="true"]');
    expect(await page.locator('figure[data-metric="999-calls"] .tp-chart__title').textContent()).toBe(
      '999 calls received',
    );
    expect(await page.locator('details table tbody tr').count()).toBe(13);
  });

  it('a meeting summary embeds a metric summary', async () => {
    await page.goto(`${site.server.url}/meetings/cgb-2024-03-01/`);
    expect(await page.locator('.tp-embed .tp-metric__title').allTextContents()).toEqual(
      expect.arrayContaining(['Rape positive outcome rate']),
    );
  });
});
