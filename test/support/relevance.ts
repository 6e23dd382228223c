/**
 * Runs searches on the site's own /search/ page in Chromium, as a person
 * does, and reads what it shows: the top results' links (and the links of
 * the parts of a page each lists) and their visible text. Shared by the
 * relevance suite and the bench.
 */
import type { Page } from 'playwright-core';
import { groupTerms, SEARCH_TERM_GROUPS } from '../../src/data/search-terms';
import type { RelevanceQuery } from './relevance-queries';

export interface ShownResult {
  /** The result's link and the links of the parts it lists. */
  links: string[];
  /** Title, details, excerpt and parts, as shown. */
  text: string;
}

/** The results the search page shows for a query, in order. */
export async function searchPage(page: Page, siteUrl: string, query: string): Promise<ShownResult[]> {
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => Number(document.documentElement.dataset.searchDone ?? 0) > 0);
  return page.locator('#search-results > li').evaluateAll((items) =>
    items.map((item) => ({
      links: [...item.querySelectorAll('a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
      text: (item as HTMLElement).innerText,
    })),
  );
}

// Its own short list, apart from the search page's STOP_WORDS, so the suite does not grade the page by its own rules.
const STOP = new Set('a an and are as at be by for from in into is of on or the to with'.split(' '));

/**
 * True when a result visibly holds a word of the query: the word (or its
 * first five letters, for other forms of it) or another name for it that
 * people type ("VAWG" for "violence against women and girls").
 */
export function holdsQueryWord(text: string, query: string): boolean {
  const shown = text.toLowerCase();
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP.has(word));
  return words.some((word) => {
    if (shown.includes(word.slice(0, 5))) return true;
    const group = SEARCH_TERM_GROUPS.map(groupTerms).find((terms) => terms.some((term) => term.toLowerCase() === word));
    return group?.some((term) => shown.includes(term.toLowerCase())) ?? false;
  });
}

export interface RelevanceOutcome {
  query: RelevanceQuery;
  /** 1-based position of the answer among the results, or undefined when it is not shown. */
  rank: number | undefined;
  /** Of the top five results, how many visibly hold a word of the query. */
  relevantInTop5: number;
  top5: number;
  /** The top five results' first links, for messages. */
  shown: string[];
}

/** Runs one query and says where its answer came and how many of the top five are about it. */
export async function measureQuery(page: Page, siteUrl: string, query: RelevanceQuery): Promise<RelevanceOutcome> {
  const results = await searchPage(page, siteUrl, query.query);
  const index = results.findIndex((result) => result.links.includes(query.answer));
  const top5 = results.slice(0, 5);
  return {
    query,
    rank: index < 0 ? undefined : index + 1,
    relevantInTop5: top5.filter((result) => holdsQueryWord(result.text, query.query)).length,
    top5: top5.length,
    shown: top5.map((result) => result.links[0] ?? ''),
  };
}

/** Precision at 5 over all queries, and the share whose answer is in the top 3. */
export function summarise(outcomes: readonly RelevanceOutcome[]): { precisionAt5: number; answeredInTop3: number } {
  const shown = outcomes.reduce((sum, o) => sum + o.top5, 0);
  const relevant = outcomes.reduce((sum, o) => sum + o.relevantInTop5, 0);
  const top3 = outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length;
  return {
    precisionAt5: shown === 0 ? 0 : relevant / shown,
    answeredInTop3: outcomes.length === 0 ? 0 : top3 / outcomes.length,
  };
}
