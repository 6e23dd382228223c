/**
 * Search as a journalist uses it, in real Chromium over the launch content:
 * keywords, phrases, acronyms, filters, sorting, shared links, the back
 * button, landing on the right anchor, keyboard only, and axe on the page
 * with results and filters showing.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBuiltSite } from '../support/built-site';

const site = useBuiltSite();
let page: Page;
beforeEach(async () => {
  await page?.close();
  page = await site.browser.context.newPage();
});

/** Waits for the search the page is running to finish, then returns the result titles and meta lines. */
async function results(): Promise<{ titles: string[]; metas: string[]; status: string }> {
  await page.waitForFunction(() => document.documentElement.dataset.searchDone !== undefined);
  await page.waitForFunction(() => !/Searching/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return {
    titles: await page.locator('#search-results h2').allTextContents(),
    metas: await page.locator('#search-results .tp-meta').allTextContents(),
    status: (await page.locator('#search-status').textContent()) ?? '',
  };
}

async function searchFor(query: string): Promise<Awaited<ReturnType<typeof results>>> {
  await page.goto(`${site.server.url}/search/?q=${encodeURIComponent(query)}`);
  return results();
}

describe('journeys', () => {
  it('a keyword finds the decision it names, first', async () => {
    const { titles } = await searchFor('Reserves Strategy');
    expect(titles[0]).toBe('Reserves Strategy adopted');
  });

  it('an agenda item and the action it raised are found on their own, and land on their anchors', async () => {
    const { titles } = await searchFor('stalking');
    expect(titles.slice(0, 3)).toContain('Consider the gaps in specialist support for victims of stalking.');
    expect(titles.slice(0, 3)).toContain('Corporate Governance Board, 21 June 2023');
    // The meeting's result lists the matching agenda item, which lands on the item's heading.
    const meeting = page.locator('#search-results > li', { hasText: 'Corporate Governance Board, 21 June 2023' });
    await meeting.locator('.tp-search__sections a', { hasText: /^4\.i\. Stalking$/ }).click();
    await page.waitForURL(/\/meetings\/cgb-2023-06-21\/#item-/);
    const item = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`h3[id="${item}"]`).textContent()).toMatch(/Stalking/);

    await searchFor('stalking');
    await page.locator('#search-results a', { hasText: 'Consider the gaps' }).click();
    await page.waitForURL(/\/meetings\/cgb-2023-06-21\/#action-/);
    const action = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${action}"]`).textContent()).toContain(
      'specialist support for victims of stalking',
    );
  });

  it('an exact phrase finds the measures that use it', async () => {
    const { titles } = await searchFor('"positive outcome rate"');
    expect(titles.slice(0, 3)).toContain('Rape positive outcome rate');
    expect(titles).toContain('Violence against women and girls positive outcome rate');
  });

  it('an acronym finds the words it stands for, and the reverse', async () => {
    const vawg = await searchFor('VAWG');
    expect(vawg.titles.slice(0, 5)).toContain('Violence against women and girls offences recorded');
    const words = await searchFor('violence against women and girls');
    expect(words.titles.slice(0, 5)).toContain('Violence against women and girls positive outcome rate');
  });

  it('"999" and "101" find their call measures first', async () => {
    expect((await searchFor('999')).titles[0]).toBe('999 calls received');
    expect((await searchFor('101')).titles[0]).toMatch(/^101 call/);
  });

  it('a plural finds the singular', async () => {
    const { titles } = await searchFor('precepts');
    // Both records whose titles hold "precept" come first: the budget and the Panel's decision on it.
    expect(titles.slice(0, 2).sort()).toEqual([
      'Budget and precept 2015/16',
      'Panel supports 1.99% police precept increase for 2015/16',
    ]);
  });

  it('browses all decisions of 2023 without a query, newest first', async () => {
    await page.goto(`${site.server.url}/search/?type=Decision&year=2023`);
    const { titles, status } = await results();
    expect(titles).toEqual([
      'Section 106 funding for five electric vehicles',
      'Panel supports appointment of Claire Trewartha as Chief Executive Officer',
      'Provisional outturn 2022/23 agreed',
      'Estates Strategy approved',
    ]);
    expect(status).toBe('4 results, filtered by type: Decision; year: 2023');
  });

  it('browses a type whose pages have no date, and keeps them when sorting by date', async () => {
    await page.goto(`${site.server.url}/search/`);
    await page.waitForFunction(() => /Type a word/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const label = await page.locator('label', { hasText: /^Board or panel \(\d+\)$/ }).textContent();
    const boards = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    expect(boards).toBeGreaterThan(0);
    await page.goto(`${site.server.url}/search/?type=Board+or+panel`);
    expect((await results()).titles).toHaveLength(boards);

    // The Police and Crime Panel's own page has no date (nor has the statutory index): newest first, they
    // come after every dated result rather than not at all.
    const byRelevance = await searchFor('precept');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForFunction(() => /newest first/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const newest = await results();
    expect([...newest.titles].sort()).toEqual([...byRelevance.titles].sort());
    const dated = newest.metas.map((meta) => /\b(19|20)\d\d\b/.test(meta));
    expect(newest.metas.some((meta) => /^Board or panel/.test(meta))).toBe(true);
    expect(dated.indexOf(false)).toBeGreaterThan(0);
    expect(dated.slice(dated.indexOf(false))).not.toContain(true);
  });

  it('narrows to one body with a filter, and says how many there are in each', async () => {
    await searchFor('precept');
    const label = page.locator('label', { hasText: /^Police and Crime Panel \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec((await label.textContent()) ?? '')?.[1]);
    await label.click();
    await page.waitForURL(/body=Police\+and\+Crime\+Panel/);
    await page.waitForFunction(() => /filtered by/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const { metas } = await results();
    expect(metas.length).toBe(count);
    expect(metas.every((m) => m.includes('Police and Crime Panel'))).toBe(true);
  });

  it('finds open actions with the status filter', async () => {
    await page.goto(`${site.server.url}/search/?type=Action&status=Open`);
    const { metas } = await results();
    expect(metas.length).toBeGreaterThanOrEqual(3);
    expect(metas.every((m) => m.startsWith('Action') && m.endsWith('Open'))).toBe(true);
  });

  it('sorts by date, newest first, when asked, across pages and records alike', async () => {
    await searchFor('stalking');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    await page.waitForFunction(() => /newest first/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const { metas } = await results();
    // Meetings are pages and actions are records: two search bundles, merged into one order.
    expect(metas.some((m) => m.startsWith('Meeting'))).toBe(true);
    expect(metas.some((m) => m.startsWith('Action'))).toBe(true);
    // Each result's date as YYYY-MM-DD, or "" for a page without one.
    const dates = await page
      .locator('#search-results > li')
      .evaluateAll((items) => items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).length).toBeGreaterThan(3);
    // Newest first, and any undated page last.
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('a shared link restores the query, filters and sort', async () => {
    await page.goto(`${site.server.url}/search/?q=domestic+abuse&type=Performance+measure&sort=newest`);
    const { titles, status } = await results();
    expect(await page.inputValue('#search-query')).toBe('domestic abuse');
    expect(await page.locator('input[name="type"][value="Performance measure"]').isChecked()).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('newest');
    expect(status).toMatch(/^\d+ results for “domestic abuse”, filtered by type: Performance measure, newest first$/);
    expect(titles).toContain('Domestic abuse arrest rate');
  });

  it('back and forward move between searches', async () => {
    await searchFor('precept');
    await page.fill('#search-query', 'stalking');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/q=stalking/);
    await page.waitForFunction(() => /stalking/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect((await results()).titles[0]).toMatch(/stalking/i);
    await page.goBack();
    await page.waitForURL(/q=precept/);
    await page.waitForFunction(() => /precept/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-query')).toBe('precept');
    await page.goForward();
    await page.waitForFunction(() => /stalking/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-query')).toBe('stalking');
  });

  it('back returns to the search before the typing began, after a pause in typing', async () => {
    await searchFor('precept');
    await page.fill('#search-query', 'stalking');
    // The pause in typing searches and records the query before Enter is pressed.
    await page.waitForFunction(() => /stalking/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.press('#search-query', 'Enter');
    await results();
    await page.goBack();
    await page.waitForURL(/q=precept/);
    await page.waitForFunction(() => /precept/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-query')).toBe('precept');
  });

  it('the header search box on any page leads here with the query', async () => {
    await page.goto(`${site.server.url}/decisions/`);
    await page.fill('#site-search', 'electric vehicles');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=electric\+vehicles/);
    expect((await results()).titles[0]).toBe('Section 106 funding for five electric vehicles');
  });

  it('works from the keyboard alone, announcing the results', async () => {
    await page.goto(`${site.server.url}/search/`);
    await page.locator('#search-query').focus();
    await page.keyboard.type('precept');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /results? for “precept”/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    // Tab to the first filter checkbox and tick it with the space bar.
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /filtered by/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').textContent()).toContain(name);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  });

  it('has no axe violations with results and filters showing', async () => {
    await searchFor('domestic abuse');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('when the search index cannot be loaded', () => {
  it('says so in the status instead of showing nothing', async () => {
    await page.route('**/pagefind-records/pagefind.js', (route) => route.abort());
    await page.goto(`${site.server.url}/search/?q=stalking`);
    await page.waitForFunction(() => /not available/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').textContent()).toBe(
      'Search is not available just now. Reload the page to try again.',
    );
  });
});

describe('what is indexed', () => {
  it('does not index lists, navigation or footers: a word only in the footer finds nothing', async () => {
    // "Contact the office" is a footer link on every page and appears nowhere in main content.
    const { titles } = await searchFor('"Contact the office"');
    expect(titles).toEqual([]);
  });

  it('keeps the words of fact lists, table headings and captions apart', async () => {
    await page.goto(`${site.server.url}/search/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const found = await page.evaluate<{ facts: string[]; table: string[] }>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const contents = async (q) => {
        const search = await pagefind.search(q);
        return (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.content);
      };
      // A decision's facts list, and the caption and headings of a measure's data table.
      return { facts: await contents('"decision maker"'), table: await contents('"every published value period"') };
    })()`);
    // Each of the six decisions has the facts list; most measures have a data table.
    expect(found.facts.filter((content) => content.includes('Decision maker')).length).toBeGreaterThanOrEqual(6);
    expect(found.table.length).toBeGreaterThan(10);
    for (const content of [...found.facts, ...found.table]) {
      expect(content).not.toMatch(/Date\d|Decision maker[A-Z]|valuePeriod/);
    }
  });

  it('does not index the field lists of the open data page', async () => {
    // "Page on this portal" describes the url field of several downloads, and appears nowhere else.
    expect((await searchFor('"Page on this portal"')).titles).toEqual([]);
    expect((await searchFor('open data')).titles).toContain('Open data');
  });

  it('finds an Official Sensitive item by title, with only its reason', async () => {
    const { titles } = await searchFor('homicide profile');
    expect(titles[0]).toBe('Corporate Governance Board, 20 March 2023');
  });
});

describe('how the page runs Pagefind', () => {
  /** Opens the search page and waits for it to say it is ready, noting the web workers and index chunks it asked for. */
  async function openSearch(): Promise<{ workers: number; chunks: string[] }> {
    let workers = 0;
    const chunks: string[] = [];
    page.on('worker', () => (workers += 1));
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.pf_index')) chunks.push(path);
    });
    await page.goto(`${site.server.url}/search/`);
    await page.waitForFunction(() => /Type a word/.test(document.querySelector('#search-status')?.textContent ?? ''));
    return { workers, chunks };
  }

  it('searches in the page itself: a web worker would copy every result back, which costs more than it saves', async () => {
    const opened = await openSearch();
    await page.fill('#search-query', 'police');
    await results();
    expect(opened.workers).toBe(0);
  });

  it("asks for all of the first page's results at once, not one round trip after another", async () => {
    // Each result's words are a file of their own. Hold the first one asked for a second, and count the files
    // asked for meanwhile: fetched only after the page had checked the best result, they would come later.
    const asked: string[] = [];
    let askedWhileHeld = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.pf_fragment', async (route) => {
      asked.push(route.request().url());
      if (asked.length === 1)
        setTimeout(() => {
          askedWhileHeld = asked.length;
          release();
        }, 1000);
      await held;
      await route.continue();
    });
    const { titles } = await searchFor('police');
    expect(titles).toHaveLength(10);
    expect(askedWhileHeld).toBeGreaterThanOrEqual(titles.length);
  });

  it('has run a search in each bundle before it says it is ready, so the first word typed is not the first search', async () => {
    const { chunks } = await openSearch();
    // Loading Pagefind fetches only each bundle's metadata; an index chunk is fetched by a search.
    expect(chunks.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
    expect(chunks.some((path) => path.startsWith('/pagefind-records/index/'))).toBe(true);
  });
});
