/**
 * The built site as a person uses it, in real Chromium: key pages load with
 * the right content, every internal link and anchor resolves, the skip link
 * works from the keyboard, pages fit a phone screen, and search finds things.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { DIST, sitemapPaths } from '../support/site';

const site = useBuiltSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

const open = async (path: string) => {
  const response = await page.goto(site.server.url + path);
  expect(response?.status(), path).toBe(200);
};

describe('key pages', () => {
  it('the home page leads to the latest meetings, decisions, open actions and performance', async () => {
    await open('/');
    expect(await page.locator('h1').textContent()).toContain('holds Leicestershire Police to account');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining(['Latest meetings', 'Latest decisions', 'Open actions', 'Performance']),
    );
    // The newest meeting in the launch content is the March 2024 Corporate Governance Board.
    expect(await page.locator('#home-meetings ~ ul a').first().textContent()).toContain('March 2024');
  });

  it('a meeting page shows its agenda items with their own anchors', async () => {
    await open('/meetings/pcp-2023-10-09/');
    expect(await page.locator('h1').textContent()).toBe('Police and Crime Panel, 9 October 2023');
    expect(await page.locator('.tp-facts').textContent()).toContain('Monday 9 October 2023');
    expect(await page.locator('section.tp-item').count()).toBeGreaterThanOrEqual(12);
    await page.locator('nav[aria-label="Agenda items"] a').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#item-/);
  });

  it('an Official Sensitive item shows its title and reason only', async () => {
    await open('/meetings/cgb-2023-03-20/');
    const withheld = page.locator('section.tp-item', { has: page.locator('.tp-notice--withheld') });
    expect(await withheld.count()).toBeGreaterThanOrEqual(2);
    expect(await withheld.first().textContent()).toContain('Official Sensitive');
  });

  it('the meetings index lists meetings newest first, grouped by year, with links to each body', async () => {
    await open('/meetings/');
    const years = await page.locator('main section h2').allTextContents();
    expect(years).toEqual(['2024', '2023', '2015']);
    expect(await page.locator('a[href="/bodies/police-and-crime-panel/"]').count()).toBe(1);
    expect(await page.locator('main section li').count()).toBe(10);
  });

  it('an unknown address shows the 404 page', async () => {
    const response = await page.goto(`${site.server.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });
});

describe('links', () => {
  it('every internal link on every page resolves, including its #anchor', async () => {
    const broken: string[] = [];
    const idsByPath = new Map<string, string[]>();
    const links: { from: string; href: string }[] = [];
    for (const path of sitemapPaths()) {
      await open(path);
      idsByPath.set(path, await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
      for (const href of await page
        .locator('a[href]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) {
        if (!href.startsWith('http') && !href.startsWith('mailto:')) links.push({ from: path, href });
      }
    }
    for (const { from, href } of links) {
      const url = new URL(href, `${site.server.url}${from}`);
      const file = join(DIST, url.pathname, url.pathname.endsWith('/') ? 'index.html' : '');
      if (!existsSync(file)) {
        broken.push(`${from} -> ${href} (no page)`);
        continue;
      }
      const anchor = url.hash.slice(1);
      if (anchor && !(idsByPath.get(url.pathname) ?? []).includes(decodeURIComponent(anchor))) {
        broken.push(`${from} -> ${href} (no #${anchor} on the page)`);
      }
    }
    expect(links.length).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });
});

describe('keyboard, phone and print', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    await open('/decisions/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows a visible focus indicator on links', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
  });

  // Every page, so that a new kind of record's pages are held to it without this list being edited.
  it.each(sitemapPaths())('%s fits a 320px phone screen without sideways scrolling', async (path) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('hides navigation when printed', async () => {
    await open('/meetings/pcp-2023-07-26/');
    await page.emulateMedia({ media: 'print' });
    const navDisplay = await page.locator('.tp-header__nav').evaluate((el) => getComputedStyle(el).display);
    await page.emulateMedia({ media: 'screen' });
    expect(navDisplay).toBe('none');
  });
});

describe('search', () => {
  it('the header search box takes a query to the search page, which finds the decision', async () => {
    await open('/');
    await page.fill('#site-search', 'Reserves Strategy');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Reserves/);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-status').textContent()).toMatch(/\d+ results? for “Reserves Strategy”/);
    const titles = await page.locator('#search-results h2').allTextContents();
    expect(titles.join('\n')).toContain('Reserves Strategy');
  });
});
