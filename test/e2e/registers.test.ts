/**
 * The registers as a person uses them on a phone and shares them, in real
 * Chromium: no page scrolls sideways at 320px, rows become cards with the
 * status first while staying a table to screen readers, several statuses can
 * be chosen at once, the view lives in the address (so a copied link, Back
 * and Forward reopen it), and each register links the data files behind it.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { type BuildResult, buildSite } from '../support/build';
import { serveStatic, type StaticServer } from '../support/server';
import { useBuiltSite } from '../support/built-site';
import { DIST } from '../support/site';

const site = useBuiltSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

const REGISTERS = ['/actions/', '/decisions/', '/hmicfrs/', '/grants/', '/meetings/'];
const PAGES = [...REGISTERS, '/grants/safer-streets-round-5-bids/', '/meetings/pcp-2023-10-09/'];

const open = async (path: string, width = 1280) => {
  await page.setViewportSize({ width, height: 800 });
  const response = await page.goto(site.server.url + path);
  expect(response?.status(), path).toBe(200);
};

/** Rows of a published data file, read straight from dist/. */
const dataRows = (id: string) =>
  (JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8')) as { rows: Record<string, unknown>[] }).rows;

const visibleRows = () => page.locator('#actions-table tbody tr:not([hidden])');

describe('registers on a phone', () => {
  it.each(PAGES)('%s does not scroll sideways at 320px', async (path) => {
    await open(path, 320);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBe(clientWidth);
  });

  it('shows each action as a card, status first, then labelled lines', async () => {
    await open('/actions/', 320);
    const row = page.locator('#actions-table tbody tr').first();
    const cells = row.locator('td');
    const boxes = await cells.evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as DOMRect));
    // Stacked: every cell starts at the same left edge, each below the one before.
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1);
    for (let i = 1; i < boxes.length; i += 1) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom - 1);
    const first = (await cells.first().locator('.tp-tag').textContent())?.trim();
    expect(['Open', 'In progress', 'Awaiting sign-off', 'Complete', 'Superseded']).toContain(first);
    const label = await row
      .locator('td[data-label="Owner"]')
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain('Owner');
    // The header row is there for screen readers only.
    const head = await page.locator('#actions-table thead').boundingBox();
    expect(head?.height).toBeLessThanOrEqual(1);
  });

  it('stays a table to screen readers when stacked, with each value named once by its column', async () => {
    await open('/actions/', 320);
    const cdp = await page.context().newCDPSession(page);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
      };
      const named = nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value}: ${n.name?.value ?? ''}`);
      expect(named).toContain('table: All 20 actions. Newest meeting first.');
      expect(named).toContain('columnheader: Owner');
      expect(named).toContain('columnheader: Status');
      // The visible "Owner: " label is not read as part of the cell.
      expect(named.filter((n) => n.startsWith('cell: Owner'))).toEqual([]);
      expect(named.some((n) => n === 'cell: Force')).toBe(true);
    } finally {
      await cdp.detach();
    }
  });

  it('gives the filter controls 44px targets on a phone', async () => {
    await open('/decisions/', 320);
    for (const selector of ['#decisions-table-year-0', '#decisions-table-sort', 'button[type="reset"]', 'summary']) {
      const box = await page.locator(`form[data-table-filter] ${selector}`).first().boundingBox();
      expect(box?.height, selector).toBeGreaterThanOrEqual(44);
    }
  });
});

describe('sharing a view of a register', () => {
  const chosen = ['open', 'in-progress'];
  const expected = () => dataRows('actions').filter((r) => chosen.includes(String(r.status))).length;

  it('filters by two statuses at once, on stacked rows, and says so in the caption, the status and the address', async () => {
    await open('/actions/', 320);
    await page.getByRole('checkbox', { name: 'Open', exact: true }).check();
    await page.getByRole('checkbox', { name: 'In progress', exact: true }).check();
    const statuses = await visibleRows().locator('td:first-child .tp-tag').allTextContents();
    expect(statuses.length).toBe(expected());
    expect(new Set(statuses.map((s) => s.trim()))).toEqual(new Set(['Open', 'In progress']));
    const words = `${expected()} of 20 actions: status open or in progress. Newest meeting first.`;
    expect(await page.locator('#actions-table caption').textContent()).toBe(words);
    expect(await page.locator('form[data-table-filter] [role="status"]').textContent()).toBe(words);
    expect(new URL(page.url()).search).toBe('?status=open&status=in-progress');
  });

  it('reopens the same view from a copied address, ignoring anything it does not know', async () => {
    await open('/actions/?status=in-progress&status=open&status=%3Cb%3Ebold%3C%2Fb%3E&nonsense=1');
    expect(await visibleRows().count()).toBe(expected());
    expect(await page.getByRole('checkbox', { name: 'Open', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'In progress', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Complete', exact: true }).isChecked()).toBe(false);
    expect(await page.locator('#actions-table caption').textContent()).toBe(
      `${expected()} of 20 actions: status open or in progress. Newest meeting first.`,
    );
  });

  it('reads "every status but complete" as "not complete", with a second filter', async () => {
    await open('/actions/?status=open&status=in-progress&status=awaiting-sign-off&body=Police+and+Crime+Panel');
    const rows = dataRows('actions');
    const meetingsOfPanel = new Set(
      dataRows('meetings')
        .filter((m) => m.body === 'Police and Crime Panel')
        .map((m) => m.id),
    );
    const n = rows.filter((r) => r.status !== 'complete' && meetingsOfPanel.has(r.meeting_id)).length;
    expect(await visibleRows().count()).toBe(n);
    expect(await page.locator('#actions-table caption').textContent()).toBe(
      `${n} of 20 actions: status not complete, raised by Police and Crime Panel. Newest meeting first.`,
    );
  });

  it('keeps the view across Back and Forward, and Clear filters empties the address', async () => {
    await open('/actions/');
    await page.getByRole('checkbox', { name: 'Complete', exact: true }).check();
    const complete = dataRows('actions').filter((r) => r.status === 'complete').length;
    await page.goto(`${site.server.url}/decisions/`);
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?status=complete');
    expect(await visibleRows().count()).toBe(complete);
    expect(await page.getByRole('checkbox', { name: 'Complete', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await visibleRows().count()).toBe(20);
  });

  it('sorts the decisions by amount from the "Sort by" list, marks the column, and keeps the sort in the address', async () => {
    await open('/decisions/', 320);
    await page.selectOption('#decisions-table-sort', 'amount:desc');
    const largest = Math.max(...dataRows('decisions').map((d) => Number(d.amount_gbp ?? 0)));
    expect(await page.locator('#decisions-table tbody tr').first().getAttribute('data-amount')).toBe(String(largest));
    expect(await page.locator('#decisions-table th[data-sort-key="amount"]').getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(new URL(page.url()).search).toBe('?sort=amount&order=desc');
    await open('/decisions/?sort=amount&order=desc');
    expect(await page.locator('#decisions-table-sort').inputValue()).toBe('amount:desc');
    expect(await page.locator('#decisions-table caption').textContent()).toContain('Sorted by amount, largest first.');
  });

  it('lists every row, with no filter form, without JavaScript, whatever the address says', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const p = await noScript.context.newPage();
      await p.goto(`${site.server.url}/actions/?status=complete`);
      expect(await p.locator('#actions-table tbody tr:not([hidden])').count()).toBe(dataRows('actions').length);
      expect(await p.locator('form[data-table-filter]').isVisible()).toBe(false);
    } finally {
      await noScript.close();
    }
  });
});

describe('data beside each register', () => {
  it.each([
    ['/actions/', ['actions']],
    ['/decisions/', ['decisions']],
    ['/hmicfrs/', ['hmicfrs', 'hmicfrs-recommendations']],
    ['/grants/', ['grant-rounds', 'grant-awards']],
    ['/meetings/', ['meetings', 'agenda-items']],
  ])('%s links its CSV and JSON, which exist, with their row counts and sizes', async (path, ids) => {
    await open(path);
    const links = await page
      .locator('.tp-downloads a[download]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
    expect(links.map((l) => l.href)).toEqual(ids.flatMap((id) => [`/data/${id}.csv`, `/data/${id}.json`]));
    const text = (await page.locator('.tp-downloads').textContent()) ?? '';
    for (const { href, text: linkText } of links) {
      const file = join(DIST, href);
      expect(existsSync(file), href).toBe(true);
      const kb = Math.round(statSync(file).size / 1024);
      expect(linkText, href).toMatch(new RegExp(`\\((${kb} KB|\\d+ bytes?)\\)`));
    }
    for (const id of ids) expect(text).toContain(`${dataRows(id).length} rows`);
  });
});

describe('a grant round with awards', () => {
  // The launch content has no awards yet, so a fixture site with a round of two (one withheld) is built.
  let build: BuildResult;
  let server: StaticServer;
  beforeAll(async () => {
    build = buildSite('test/fixtures/withheld-site');
    expect(build.status, build.output).toBe(0);
    server = await serveStatic(build.outDir);
  });
  afterAll(async () => {
    await server?.close();
    if (build) rmSync(dirname(build.outDir), { recursive: true, force: true });
  });

  it('stacks the awards at 320px, recipient first, links the awards data, and passes axe', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${server.url}/grants/grants-2023-24-round-1/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Awards in this round' }) });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const lead = await rows.first().locator('> *').first().textContent();
    expect(lead).toContain('Safer Streets Trust');
    const amount = rows.first().locator('[data-label="Amount"]');
    expect(await amount.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await amount.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Amount');
    const hrefs = await page
      .locator('.tp-downloads a[download]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/data/grant-awards.csv', '/data/grant-awards.json']);
    for (const href of hrefs) expect(existsSync(join(build.outDir, href!))).toBe(true);
    expect(await page.locator('.tp-downloads').textContent()).toContain('2 rows');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('scroll cue', () => {
  it('says a table scrolls sideways only when it does', async () => {
    // Just wider than the stacking breakpoint, the six-column actions table is wider than the screen.
    await open('/actions/', 660);
    const region = page.locator('.tp-table-wrap', { has: page.locator('#actions-table') });
    const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflows).toBe(true);
    expect(await region.locator('.tp-scroll-cue').isVisible()).toBe(true);
    await open('/actions/', 1280);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    expect(await region.locator('.tp-scroll-cue').isVisible()).toBe(false);
  });
});

describe('accessibility of the changed pages', () => {
  it.each(PAGES.flatMap((path) => [320, 1280].map((width) => [path, width] as const)))(
    '%s at %ipx has no axe violations',
    async (path, width) => {
      await open(path, width);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('has no axe violations with filters chosen and every group open', async () => {
    await open('/actions/?status=open&status=complete&year=2023', 320);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
  });
});
