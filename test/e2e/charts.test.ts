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
import { contentDir } from '../../src/lib/content/paths';
import { loadSiteConfig } from '../../src/lib/content/site';
import { checkContent } from '../../src/lib/checks';
import type { MetricData } from '../../src/collections/metrics/schema';
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
    const rows = parse<{ figure_kind: string; series: string; period: string; value: string }>(
      readFileSync(join(DIST, 'performance', `${id}.csv`), 'utf8'),
      { columns: true },
    );
    const of = (kind: string) => rows.filter((r) => r.figure_kind === kind);
    expect(of('value').map((r) => [r.period, Number(r.value)])).toEqual(
      metric.data.series.map((p) => [p.period, p.value]),
    );
    // Every other figure the page shows is there too, with its kind.
    expect([...of('comparator'), ...of('related-series')].map((r) => [r.series, r.period, Number(r.value)])).toEqual(
      metric.data.comparisons.flatMap((c) => c.series.map((p) => [c.label, p.period, p.value])),
    );
    expect(of('target').map((r) => Number(r.value))).toEqual(metric.data.target ? [metric.data.target.value] : []);
    expect(of('baseline').map((r) => Number(r.value))).toEqual(
      metric.data.baseline ? [metric.data.baseline.value] : [],
    );
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

  it.each(charted.map((m) => [m.id, m] as const))(
    '%s: the chart has a title, axis titles and a source line, and a key only for several lines',
    async (id, metric) => {
      await page.goto(`${site.server.url}/performance/${id}/`);
      const figure = page.locator('figure.tp-chart');
      expect(await figure.locator('.tp-chart__title').textContent()).toContain(metric.data.title);
      const [yTitle, xTitle] = await figure.locator('.tp-chart__axis').allTextContents();
      expect(yTitle).toBe(
        { percent: 'Per cent (%)', count: 'Number', currency: 'Pounds (£)', minutes: 'Minutes', days: 'Days' }[
          metric.data.unit
        ],
      );
      expect(xTitle).toMatch(/^(Month|Quarter|Year|Financial year|12 months)/);
      expect(await figure.locator('.tp-chart__source').textContent()).toBe(
        `Source: ${metric.data.source.title}${metric.data.source.location ? `, ${metric.data.source.location}` : ''}`,
      );
      const lines = 1 + metric.data.comparisons.length + (metric.data.target ? 1 : 0) + (metric.data.baseline ? 1 : 0);
      expect(await figure.locator('.tp-chart__legend li').count()).toBe(lines > 1 ? lines : 0);
    },
  );
});

describe('charts on a phone', () => {
  const pages = ['/performance/', '/performance/999-calls/', '/performance/dvpn-issued/', '/meetings/cgb-2023-07-17/'];

  it.each(pages)('%s: nothing scrolls sideways at 320 px, and the chart fits the screen', async (path) => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(`${site.server.url}${path}`);
      const canvases = await page.locator('canvas[data-chart]').count();
      if (canvases > 0) await page.waitForSelector('canvas[data-drawn="true"]');
      const { scrollWidth, clientWidth, charts } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        charts: [...document.querySelectorAll('canvas[data-chart], .tp-chart')].map((e) => e.getBoundingClientRect()),
      }));
      expect(scrollWidth).toBe(clientWidth);
      for (const box of charts) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(clientWidth);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('stacks the metric table into "column: value" lines, with no table wider than the screen', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(`${site.server.url}/performance/999-calls/`);
      const table = page.locator('.tp-mtable');
      const { tableWidth, wrapScrolls, headerShown, firstCell } = await table.evaluate((t) => {
        const cell = t.querySelector('tbody td')!;
        return {
          tableWidth: t.getBoundingClientRect().width,
          wrapScrolls: t.parentElement!.scrollWidth > t.parentElement!.clientWidth,
          headerShown: t.querySelector('thead')!.getBoundingClientRect().height > 1,
          firstCell: getComputedStyle(cell, '::before').content,
        };
      });
      expect(tableWidth).toBeLessThanOrEqual(320);
      expect(wrapScrolls).toBe(false);
      expect(headerShown).toBe(false);
      expect(firstCell).toBe('"999 calls: "');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
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

/**
 * metrics.csv, the open data of every measure, holds the figures the pages and
 * the papers give beside the series: typed in here from the papers, with
 * where each is printed.
 */
describe('metrics.csv', () => {
  const rows = () =>
    parse<Record<string, string>>(readFileSync(join(DIST, 'data', 'metrics.csv'), 'utf8'), { columns: true });
  const find = (metricId: string, kind: string) =>
    rows().filter((r) => r.metric_id === metricId && r.figure_kind === kind);

  it('holds the monthly DVPOs granted (DA and VAWG update, 9 October 2023, Figure 5)', () => {
    const granted = [27, 30, 23, 20, 25, 16, 23, 18, 26, 18, 8, 23, 19, 14, 17, 18, 17, 11, 21, 16, 16, 20, 16, 16];
    const found = find('dvpn-issued', 'related-series');
    expect(found.map((r) => Number(r.value))).toEqual(granted);
    expect(new Set(found.map((r) => r.series))).toEqual(new Set(['DVPOs granted']));
    expect([found[0]?.period, found.at(-1)?.period]).toEqual(['2021-04', '2023-03']);
  });

  it('holds the England and Wales comparators (Police Complaint Statistics, paragraphs 10 and 13)', () => {
    expect(find('complaints-allegations-per-1000-employees', 'comparator').map((r) => [r.series, r.value])).toEqual([
      ['England and Wales', '251'],
    ]);
    expect(find('complaints-days-to-finalise', 'comparator').map((r) => [r.series, r.value])).toEqual([
      ['England and Wales', '101'],
    ]);
  });

  it('holds the 8% rape positive outcome target and its 3.4% baseline (CGB report, 18 June 2024, paragraph 13)', () => {
    expect(find('rape-positive-outcome-rate', 'target').map((r) => r.value)).toEqual(['8']);
    expect(find('rape-positive-outcome-rate', 'baseline').map((r) => [r.period, r.value])).toEqual([
      ['2021/22', '3.4'],
    ]);
  });

  it('holds the £3.9m efficiency savings target (Efficiency Savings 2023-24, paragraphs 1 and 2)', () => {
    expect(find('efficiency-savings', 'target').map((r) => [r.period, r.value])).toEqual([['2023/24', '3900000']]);
  });

  it('names the source of every row', () => {
    expect(rows().every((r) => r.source !== '' && r.figure_kind !== '')).toBe(true);
  });
});

describe('metrics inside content', () => {
  it('a meeting summary embeds a trend chart with its data', async () => {
    await page.goto(`${site.server.url}/meetings/cgb-2023-07-17/`);
    await page.waitForSelector('canvas[data-drawn="true"]');
    expect(await page.locator('figure[data-metric="999-calls"] .tp-chart__title').textContent()).toBe(
      '999 calls received, May 2022 to May 2023',
    );
    expect(await page.locator('details table tbody tr').count()).toBe(13);
  });

  it('a meeting summary embeds a metric summary', async () => {
    await page.goto(`${site.server.url}/meetings/cgb-2024-03/`);
    expect(await page.locator('.tp-embed .tp-metric__title').allTextContents()).toEqual(
      expect.arrayContaining(['Rape positive outcome rate']),
    );
  });
});
