/**
 * The journeys of the public, a journalist and a Panel member, in real
 * Chromium on a phone-sized screen: what the Panel asked and whether it was
 * done, whether the Commissioner answered an inspection on time, where to
 * subscribe and download, what the papers are, and facts that agree with the
 * papers on every page and in every file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { readDistText } from '../support/dist-files';
import { DIST, sitemapPaths } from '../support/site';

const site = useBuiltSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});
beforeEach(async () => {
  await page.setViewportSize({ width: 390, height: 844 });
});

const open = async (path: string) => {
  const response = await page.goto(site.server.url + path);
  expect(response?.status(), path).toBe(200);
};
const mainText = async () => (await page.locator('main').innerText()).replace(/\s+/g, ' ');
const csv = (name: string) =>
  parseCsv<Record<string, string>>(readFileSync(join(DIST, 'data', name), 'utf8'), { columns: true });
const top = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('what the Panel asked, and whether it was done', () => {
  it('a meeting page opens with a contents list, and puts the actions before the full agenda', async () => {
    await open('/meetings/pcp-2023-10-09/');
    const contents = page.locator('nav[aria-labelledby="contents-heading"]');
    expect(await contents.locator('a').allTextContents()).toEqual(
      expect.arrayContaining(['Earlier actions updated', 'Agenda', 'Attendance', 'Papers']),
    );
    expect(await top('#actions')).toBeLessThan(await top('#agenda'));
    // One tap from the contents list to the actions.
    await contents.getByRole('link', { name: 'Earlier actions updated' }).click();
    expect(new URL(page.url()).hash).toBe('#actions-updated');
    const updated = await page.locator('#actions-updated').innerText();
    expect(updated).toContain("Give the location of and reason for the Commissioner's visits");
    expect(updated).toContain('map of his engagements');
    // Every long section ends with a way back up.
    expect(await page.getByRole('link', { name: 'Back to top' }).count()).toBeGreaterThanOrEqual(3);
  });

  it('a status says how current it is', async () => {
    await open('/meetings/pcp-2023-10-09/');
    const visits = page.locator('#action-pcp-2023-07-26-visit-locations');
    expect((await visits.innerText()).replace(/\s+/g, ' ')).toMatch(/In progress as at 9 October 2023/);
  });

  it('every meeting page and body page links its calendar and its feed, and both exist', async () => {
    for (const path of ['/meetings/pcp-2023-10-09/', '/bodies/police-and-crime-panel/']) {
      await open(path);
      const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs, path).toContain('/bodies/police-and-crime-panel/meetings.ics');
      expect(hrefs, path).toContain('/feeds/bodies/police-and-crime-panel.xml');
    }
    for (const file of ['bodies/police-and-crime-panel/meetings.ics', 'feeds/bodies/police-and-crime-panel.xml']) {
      expect(existsSync(join(DIST, file)), file).toBe(true);
    }
  });

  it('the 17 July 2023 Board agenda starts at item 1, and the redacted item says only what the paper says', async () => {
    await open('/meetings/cgb-2023-07-17/');
    const items = await page.locator('nav[aria-label="Agenda items"] a').allTextContents();
    expect(items[0]).toMatch(/^1\. /);
    const item3 = await page.locator('section.tp-item', { has: page.locator('#item-3') }).innerText();
    expect(item3).toContain('Redacted');
    expect(item3).not.toContain('Official Sensitive');
  });

  it('a meeting known only from its agenda is not called held', async () => {
    for (const path of ['/meetings/pcp-2023-10-09/', '/meetings/pcp-2015-03-23/']) {
      await open(path);
      const status = await page.locator('.tp-facts dt:text-is("Status") + dd').innerText();
      expect(status, path).toMatch(/Agenda published/);
      expect(status, path).not.toMatch(/^Held/);
    }
  });
});

describe('did the Commissioner answer the digital forensics inspection on time?', () => {
  it('the HMICFRS page gives 2022/23 as 6 of 7 on time (86%), with the annual report as its source', async () => {
    await open('/hmicfrs/');
    const row = await page.locator('#on-time-caption ~ tbody tr', { hasText: '2022/23' }).innerText();
    expect(row.replace(/\s+/g, ' ')).toContain('6 of 7 (86%)');
    expect(row).toContain("Police and Crime Commissioner's Annual Report 2022/23");
    expect(await mainText()).not.toMatch(/On time 0|Dates not recorded 7/);
  });

  it('the report page says the duty was met, with its source and the legal rule, and never "not recorded"', async () => {
    await open('/hmicfrs/digital-forensics/');
    const duty = await page.locator('.tp-facts dt:text-is("56-day duty") + dd').innerText();
    expect(duty).toMatch(/^Met, as reported \(due by 25 January 2023\)/);
    expect(duty).toContain('Corporate Governance Board report, April 2023');
    expect(duty).not.toMatch(/not recorded/i);
    expect(await page.locator('.tp-facts dt:text-is("When it is due") + dd').innerText()).toContain(
      'Police Act 1996, section 55',
    );
  });

  it('a report whose own timeliness is unknown points to the year as published, without guessing', async () => {
    await open('/hmicfrs/serious-youth-violence/');
    const duty = await page.locator('.tp-facts dt:text-is("56-day duty") + dd').innerText();
    expect(duty).toContain('Not recorded for this response');
    expect(duty).toContain('6 of 7 responses (86%) met the duty');
  });

  it('the data file says the same, and says why', () => {
    const row = csv('hmicfrs.csv').find((r) => r.id === 'digital-forensics')!;
    expect(row).toMatchObject({ timeliness: 'on-time', timeliness_basis: 'reported' });
    expect(row.timeliness_source).toContain('Corporate Governance Board report, April 2023');
  });
});

describe('subscribing and downloading', () => {
  it('every page links Subscribe and Open data in its footer', () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer, path).toContain('href="/subscribe/"');
      expect(footer, path).toContain('href="/data/"');
    }
  });

  it('the performance page links the data behind every measure, and each measure its own', async () => {
    await open('/performance/');
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/data/metrics.csv', '/data/metrics.json']));
    await open('/performance/999-calls/');
    const own = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(own).toEqual(expect.arrayContaining(['/performance/999-calls.csv', '/performance/999-calls.json']));
    for (const file of ['data/metrics.csv', 'performance/999-calls.csv'])
      expect(existsSync(join(DIST, file)), file).toBe(true);
  });

  it('the open data page reads as sentences', async () => {
    await open('/data/');
    expect(await mainText()).toMatch(/generated on \d{1,2} [A-Z][a-z]+ \d{4}/);
  });
});

describe('papers', () => {
  it('says once, in one sentence, when the source gives no link for the papers', async () => {
    await open('/meetings/cgb-2024-03/');
    const papers = page.locator('#papers ~ *');
    expect(await page.locator('#papers + ul li a').count()).toBe(0);
    expect(await papers.filter({ hasText: 'not linked here' }).count()).toBe(1);
  });
});

describe('dates as exact as the papers give them', () => {
  it('the Reserves Strategy reads "March 2024" in the register, on its page, in the data and in the feed', async () => {
    await open('/decisions/');
    expect(await page.locator('tr', { hasText: 'Reserves Strategy' }).innerText()).toContain('March 2024');
    await open('/decisions/2024-03-reserves-strategy/');
    expect(await mainText()).toContain('March 2024');
    const row = csv('decisions.csv').find((r) => r.id === '2024-03-reserves-strategy')!;
    expect(row).toMatchObject({ date: '2024-03', date_precision: 'month' });
    const feed = readFileSync(join(DIST, 'feeds/decisions.xml'), 'utf8');
    const item = feed.slice(feed.indexOf('Reserves Strategy'));
    expect(item.slice(0, item.indexOf('</item>'))).toContain('March 2024.');
  });

  it('no page, feed, calendar, data file or search index gives a made-up first of the month', () => {
    for (const [file, text] of readDistText(DIST)) {
      // "1 March 2024" on its own: "31 March 2024" is a real date.
      expect(text.includes('2024-03-01') || /(?<!\d)1 March 2024/.test(text), file).toBe(false);
    }
  });
});

describe('the data tells the same story as the pages and the papers', () => {
  it('the 2022/23 community grants are 46 projects and over half a million pounds, not 0 and £0', () => {
    const row = csv('grant-rounds.csv').find((r) => r.id === 'community-grants-2022-23')!;
    // Annual report 2022-23: "over half a million pounds ... 46 being successful in securing funding".
    expect(row).toMatchObject({
      projects_funded: '46',
      amount_funded_gbp: '500000',
      amount_funded_qualifier: 'more-than',
      awards: '',
      awarded_gbp: '',
    });
  });

  it('the Safer Streets round 5 bids carry their amounts, and the page no longer scrolls sideways', async () => {
    const row = csv('grant-rounds.csv').find((r) => r.id === 'safer-streets-round-5-bids')!;
    // Commissioner's update, 9 October 2023, paragraph 27: total bid amount £960,591.34.
    expect(row).toMatchObject({ bids: '3', bid_total_gbp: '960591.34' });
    await page.setViewportSize({ width: 320, height: 800 });
    await open('/grants/safer-streets-round-5-bids/');
    expect(await page.locator('#bids-caption ~ tbody').innerText()).toContain('£313,967.89');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('a round with no awards yet says "none yet", and one whose awards are not listed says so', async () => {
    await open('/grants/community-safety-grants-2023-24-round-3/');
    expect(await mainText()).toContain('None yet: no awards had been made as at 9 October 2023.');
    await open('/grants/community-grants-2022-23/');
    expect(await mainText()).toContain('The individual awards are not published here');
  });
});

describe('every page on a 320px phone', () => {
  it('scrolls only up and down, and no table hides columns off to the side', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      await open(path);
      const found = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        tables: [...document.querySelectorAll('.tp-table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1)
          .length,
      }));
      if (found.page) problems.push(`${path}: the page scrolls sideways`);
      if (found.tables) problems.push(`${path}: ${found.tables} table(s) scroll sideways`);
    }
    expect(problems).toEqual([]);
  });
});

describe('finish', () => {
  it('the skip link moves focus to the main content without painting it', async () => {
    await open('/meetings/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const main = await page.evaluate(() => {
      const el = document.activeElement!;
      return { id: el.id, background: getComputedStyle(el).backgroundColor };
    });
    expect(main).toEqual({ id: 'main', background: 'rgba(0, 0, 0, 0)' });
  });

  it('the annual report page has no heading twice', async () => {
    await open('/annual-reports/2022-23/');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.length).toBeGreaterThan(4);
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('selects and buttons are styled, not left to the browser', async () => {
    await open('/search/');
    const styles = await page.evaluate(() =>
      [...document.querySelectorAll('main select, main button:not([hidden])')].map((el) => {
        const s = getComputedStyle(el);
        return {
          tag: el.tagName,
          appearance: s.appearance,
          radius: s.borderRadius,
          height: el.getBoundingClientRect().height,
        };
      }),
    );
    expect(styles.length).toBeGreaterThan(0);
    for (const s of styles) {
      expect(s.radius, s.tag).toBe('0px');
      expect(s.height, s.tag).toBeGreaterThanOrEqual(44);
      if (s.tag === 'SELECT') expect(s.appearance).toBe('none');
    }
  });
});
