/**
 * The accountability trackers answer a Panel member's questions from the site
 * alone, in real Chromium: open actions from the June 2023 Board, the
 * decisions register sorted and filtered, the 56-day record, and grants.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

const visibleRows = (table: string) => page.locator(`#${table} tbody tr:not([hidden])`);

describe('actions arising', () => {
  it('shows which actions from the June 2023 Board are still open', async () => {
    await page.goto(`${site.server.url}/actions/?body=Corporate+Governance+Board&status=open&year=2023`);
    const rows = await visibleRows('actions-table').allTextContents();
    expect(rows.some((r) => r.includes('specialist support for victims of stalking'))).toBe(true);
    expect(rows.every((r) => r.includes('Open'))).toBe(true);
    expect(await page.locator('#actions-table caption').textContent()).toMatch(
      /^\d+ of \d+ actions: status open, raised by Corporate Governance Board, raised in 2023\./,
    );
  });

  it('shows the history of an action, linked to the meeting that reported it', async () => {
    await page.goto(`${site.server.url}/actions/`);
    const row = page.locator('#action-pcp-2023-07-26-s106-updates');
    expect(await row.textContent()).toContain('In progress at');
    expect(await row.locator('a[href="/meetings/pcp-2023-10-09/"]').count()).toBe(1);
  });

  it('lists every action on the meeting that raised it and on the meeting that updated it', async () => {
    await page.goto(`${site.server.url}/meetings/pcp-2023-10-09/`);
    expect(await page.locator('table', { hasText: 'Earlier actions updated at this meeting' }).textContent()).toContain(
      'Section 106',
    );
  });
});

describe('decisions register', () => {
  it('sorts by amount, largest first', async () => {
    await page.goto(`${site.server.url}/decisions/`);
    await page.selectOption('#decisions-table-sort', 'amount:desc');
    const firstRow = await visibleRows('decisions-table').first().textContent();
    expect(firstRow).toContain('£160,000');
  });

  it('filters by decision maker', async () => {
    await page.goto(`${site.server.url}/decisions/`);
    await page.locator('summary', { hasText: 'Decision maker' }).click();
    await page.getByRole('checkbox', { name: 'Police and Crime Panel', exact: true }).check();
    const rows = await visibleRows('decisions-table').allTextContents();
    expect(rows.length).toBe(2);
    expect(rows.every((r) => r.includes('Police and Crime Panel'))).toBe(true);
  });

  it('lists every decision without JavaScript', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const p = await noScript.context.newPage();
      await p.goto(`${site.server.url}/decisions/`);
      expect(await p.locator('#decisions-table tbody tr').count()).toBeGreaterThanOrEqual(6);
      expect(await p.locator('form[data-table-filter]').isVisible()).toBe(false);
    } finally {
      await noScript.close();
    }
  });
});

describe('HMICFRS', () => {
  it('states the 56-day record for 2022/23 as published, and says it does not guess the rest', async () => {
    await page.goto(`${site.server.url}/hmicfrs/`);
    const row = await page.locator('#on-time ~ .tp-table-wrap tbody tr', { hasText: '2022/23' }).textContent();
    expect(row?.replace(/\s+/g, ' ')).toContain('6 of 7 (86%)');
    expect(await page.locator('main').textContent()).toContain('the portal does not guess');
  });

  it('computes the due date of the digital forensics response from its publication date', async () => {
    await page.goto(`${site.server.url}/hmicfrs/digital-forensics/`);
    expect(await page.locator('.tp-facts').textContent()).toContain('25 January 2023');
  });
});

describe('grants', () => {
  it('shows the 2023/24 pot, maximum award and the applications received', async () => {
    await page.goto(`${site.server.url}/grants/community-safety-grants-2023-24-round-1/`);
    const facts = (await page.locator('.tp-facts').textContent()) ?? '';
    expect(facts).toContain('£400,000');
    expect(facts).toContain('£10,000 per project');
    expect(facts).toContain('more than 50');
  });

  it('lists the Safer Streets round 5 bids', async () => {
    await page.goto(`${site.server.url}/grants/safer-streets-round-5-bids/`);
    const bids = (await page.locator('#bids-caption').locator('..').textContent()) ?? '';
    // Commissioner's update to the Panel, 9 October 2023, paragraph 27.
    for (const amount of ['£315,568', '£313,967.89', '£331,055.45']) expect(bids).toContain(amount);
    expect(await page.locator('main').textContent()).toContain('Total asked for: £960,591.34');
  });
});
