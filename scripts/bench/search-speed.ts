/**
 * Search speed as a reader meets it: on the built site's own /search/ page in
 * Chromium, typing each query into the box, in a burst and at a steady pace,
 * timed from the last keystroke to the frame that shows the results for the
 * whole query. Used by the scale bench, on our site and on the Starlight
 * peer's (its search dialog, Pagefind's own UI, as a reader opens it); run it
 * alone on a built site with `npx tsx scripts/bench/search-speed.ts <dist>
 * [starlight]` (SEARCH_SPEED_VERBOSE=1 prints each query's time too).
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../test/support/browser';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles';
import { serveStatic } from '../../test/support/server';

export const QUERIES = [
  'police',
  'victims',
  'budget',
  'stalking',
  'inspection',
  'grant',
  'custody',
  'fraud',
  'youth',
  'arrest',
  'vehicles',
  'training',
  'complaints',
  'recruitment',
  'forensics',
  'emergency',
  'rural',
  'savings',
  'wellbeing',
  'trafficking',
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** How many times "police" is timed at each typing speed, each on a fresh page, for its median. */
export const POLICE_TRIALS = 5;

/** Milliseconds between keystrokes of someone typing steadily; 0 is a paste-like burst. */
export const TYPING_SPEEDS = { burst: 0, steady: 150 } as const;

export interface SearchSpeed {
  /** Median time from the last keystroke to the results, per typing speed. */
  medianMsToResults: Record<keyof typeof TYPING_SPEEDS, number>;
  /** The same for the commonest word alone, "police", which matches most entries: the median of POLICE_TRIALS. */
  policeMs: Record<keyof typeof TYPING_SPEEDS, number>;
  /** Search files (scripts, WebAssembly, index, filters, fragments) fetched for the first query on a fresh page. */
  indexKbPerQuery: number;
  /** Median time from the start of loading the page to its search box being ready to type in. */
  msToReady: number;
}

/** Where a site's search box is, and how a reader gets to it and sees its results. */
export interface SearchBox {
  /** The page it is on. */
  path: string;
  /** What a reader does before typing: waits for the page to say it is ready, or opens the search dialog. */
  open: (page: Page) => Promise<unknown>;
  /** The box, and the element that says how many results were found. */
  input: string;
  status: string;
  /** The status's words once it shows the results for the whole query, as a regular expression. */
  shown: (query: string) => string;
  /** Folders of the search files the page fetches, for their size. */
  bundles: readonly string[];
}

export const PORTAL_SEARCH: SearchBox = {
  path: '/search/',
  open: (page) =>
    page.waitForFunction(() => /Type a word/.test(document.querySelector('#search-status')?.textContent ?? '')),
  input: '#search-query',
  status: '#search-status',
  shown: (query) => `results? for “${query}”`,
  bundles: SEARCH_BUNDLES,
};

/** Starlight's search: a button in the header opens a dialog holding Pagefind's UI. */
export const STARLIGHT_SEARCH: SearchBox = {
  path: '/',
  open: async (page) => {
    // Its script makes the box once the page is idle, and enables the button: a reader waits for both.
    await page.waitForSelector('.pagefind-ui__search-input', { state: 'attached', timeout: 120_000 });
    await page.click('button[data-open-modal]');
    await page.waitForSelector('.pagefind-ui__search-input', { state: 'visible', timeout: 120_000 });
  },
  input: '.pagefind-ui__search-input',
  status: '.pagefind-ui__message',
  shown: (query) => `results? for ${query}`,
  bundles: ['pagefind'],
};

export async function searchSpeed(dist: string, box: SearchBox = PORTAL_SEARCH): Promise<SearchSpeed> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    // What went wrong in the page, for the message if its search box never appears.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`${request.url()} failed`));
    // Run by tsx, the functions sent to the page call esbuild's __name helper, which the page lacks.
    await page.addInitScript('globalThis.__name = (f) => f');
    const medians = { burst: 0, steady: 0 };
    const ready: number[] = [];
    const police = { burst: 0, steady: 0 };
    let bytes = 0;
    // Pagefind fetches its index from a web worker, whose requests the page's resource timings leave out.
    const requested: string[] = [];
    browser.context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    /** Opens the search page afresh, types the query at the given pace, and gives the time to its results. */
    const timeQuery = async (query: string, delay: number): Promise<number> => {
      await page.goto(`${server.url}${box.path}`);
      // Start typing once the page says it is ready, as a reader would, not while its script still loads.
      await box.open(page).catch((error: unknown) => {
        throw new Error(
          `The search box at ${box.path} did not appear for "${query}": ${(error as Error).message.split('\n')[0]}${problems.length > 0 ? `; the page reported: ${problems.slice(-5).join('; ')}` : ''}`,
        );
      });
      // From the start of the page's navigation, as the page's own clock counts.
      ready.push(await page.evaluate(() => performance.now()));
      // Time from the last keystroke to the frame that shows the result count for the whole query, both
      // taken in the page. (Read after typing ends, it could not be under the typing delay: Playwright
      // waits that long between a key's press, which runs the search, and its release.)
      await page.evaluate(
        ({ input, status, shown }) => {
          const field = document.querySelector<HTMLInputElement>(input)!;
          const pattern = new RegExp(shown);
          field.addEventListener('keydown', () => (field.dataset.lastKey = String(performance.now())));
          const check = () => {
            if (pattern.test(document.querySelector(status)?.textContent ?? ''))
              field.dataset.shownAt = String(performance.now());
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
          field.focus();
        },
        { input: box.input, status: box.status, shown: box.shown(query) },
      );
      await page.keyboard.type(query, { delay });
      const handle = await page.waitForFunction((input) => {
        const { lastKey, shownAt } = document.querySelector<HTMLInputElement>(input)!.dataset;
        return shownAt ? Number(shownAt) - Number(lastKey) : false;
      }, box.input);
      return (await handle.jsonValue()) as number;
    };
    for (const [speed, delay] of Object.entries(TYPING_SPEEDS) as [keyof typeof TYPING_SPEEDS, number][]) {
      const times: number[] = [];
      const policeTimes: number[] = [];
      for (const query of QUERIES) {
        const ms = await timeQuery(query, delay);
        times.push(ms);
        if (process.env.SEARCH_SPEED_VERBOSE) console.log(speed, query, Math.round(ms));
        if (query === 'police') policeTimes.push(ms);
        if (bytes === 0) {
          const index = requested.filter((url) => box.bundles.some((bundle) => url.startsWith(`/${bundle}/`)));
          for (const url of new Set(index)) bytes += readFileSync(join(dist, url)).length;
        }
      }
      // One time of a query is one sample of a noisy machine: the commonest word, whose time has a target of
      // its own, is timed POLICE_TRIALS times in all, each on a fresh page, and its median reported.
      while (policeTimes.length < POLICE_TRIALS) policeTimes.push(await timeQuery('police', delay));
      if (process.env.SEARCH_SPEED_VERBOSE) console.log(speed, 'police', policeTimes.map(Math.round).join(' '));
      medians[speed] = Math.round(median(times));
      police[speed] = Math.round(median(policeTimes));
    }
    return {
      medianMsToResults: medians,
      policeMs: police,
      indexKbPerQuery: Math.round(bytes / 1024),
      msToReady: Math.round(median(ready)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('search-speed.ts') && process.argv[2]) {
  const box = process.argv[3] === 'starlight' ? STARLIGHT_SEARCH : PORTAL_SEARCH;
  console.log(JSON.stringify(await searchSpeed(process.argv[2], box)));
}
