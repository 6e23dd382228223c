/**
 * The relevance suite: searches written from the public papers, run on the
 * site's own /search/ page in Chromium. Each answer must come within its top
 * 3 or top 5, every one of the top five results must visibly hold a word of
 * the query, and a search that finds nothing must say what to try.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { measureQuery, searchPage } from '../support/relevance';
import { RELEVANCE_QUERIES } from '../support/relevance-queries';

const site = useBuiltSite();
let page: Page;
beforeAll(() => {
  page = site.page;
});

describe('the answer comes near the top, and every top result is about the query', () => {
  it('has at least 30 searches written from the papers', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(RELEVANCE_QUERIES.map((q) => [q.query, q] as const))('“%s”', async (_, query) => {
    const outcome = await measureQuery(page, site.server.url, query);
    expect(
      outcome.rank,
      `${query.answer} not in the top ${query.within}: ${outcome.shown.join(', ')}`,
    ).toBeLessThanOrEqual(query.within);
    expect(outcome.relevantInTop5, `results not about "${query.query}": ${outcome.shown.join(', ')}`).toBe(
      outcome.top5,
    );
  });
});

describe('what Pagefind would find by accident is not shown', () => {
  it('a word a bundle lacks never matches its prefix: "digital forensics" lists no action that says only "for"', async () => {
    const results = await searchPage(page, site.server.url, 'digital forensics');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.text.toLowerCase()).toContain('forensic');
  });

  it('hidden alternative terms find pages without showing in their excerpts', async () => {
    const results = await searchPage(page, site.server.url, 'VAWG');
    expect(results.length).toBeGreaterThan(0);
    const excerpts = await page.locator('#search-results > li > p:not(.tp-meta)').allInnerTexts();
    // "Violence against women and girls" is added to the index of pages that say "VAWG", never shown.
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/violence against women and girls(?:\s+\S+)?\s*$/i);
    expect(excerpts.join(' ')).not.toMatch(/\bPCC OPCC\b|\bOPCC CGB\b|Police and Crime Commissioner Commissioner/);
  });
});

describe('a search that finds nothing helps', () => {
  it('says so, suggests what to try, links the registers and lists no empty filters', async () => {
    await searchPage(page, site.server.url, '999 answer');
    const help = page.locator('#search-help');
    expect(await help.isVisible()).toBe(true);
    const text = await help.innerText();
    expect(text).toContain('Nothing on this portal matches “999 answer”');
    expect(text).toContain('Check the spelling');
    expect(text).toMatch(/fewer words, or other words/);
    expect(await help.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/meetings/', '/decisions/', '/actions/', '/hmicfrs/']),
    );
    expect(await page.locator('#search-filters').innerText()).not.toContain('(0)');
    expect(await page.locator('#search-results > li').count()).toBe(0);
  });

  it('a query of common words alone says it is too common, and shows no results', async () => {
    await searchPage(page, site.server.url, 'for the');
    expect(await page.locator('#search-help').innerText()).toContain('too common to search for');
    expect(await page.locator('#search-results > li').count()).toBe(0);
  });

  it('filters with results keep their counts; those without are not listed', async () => {
    await searchPage(page, site.server.url, 'stalking');
    const labels = await page.locator('#search-filters label').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/\((?:[1-9]\d*)\)$/);
  });
});

describe('ranking a reader expects', () => {
  it('a measure named exactly by the query comes first', async () => {
    const [first] = await searchPage(page, site.server.url, '999 calls received');
    expect(first?.links[0]).toBe('/performance/999-calls/');
  });

  it('a body named exactly by the query comes first', async () => {
    const [first] = await searchPage(page, site.server.url, 'Police and Crime Panel');
    expect(first?.links[0]).toBe('/bodies/police-and-crime-panel/');
  });
});
