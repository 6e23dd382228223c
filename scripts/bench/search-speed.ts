/**
 * Search speed as a reader meets it: on the built site's own /search/ page in
 * Chromium, typing each query into the box, in a burst and at a steady pace,
 * timed from the last keystroke to the frame that shows the results for the
 * whole query. Used by the scale bench; run it alone on a built site with
 * `npx tsx scripts/bench/search-speed.ts <dist>` (SEARCH_SPEED_VERBOSE=1 prints
 * each query's time too).
 */
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

/** Milliseconds between keystrokes of someone typing steadily; 0 is a paste-like burst. */
export const TYPING_SPEEDS = { burst: 0, steady: 150 } as const;

export interface SearchSpeed {
  /** Median time from the last keystroke to the results, per typing speed. */
  medianMsToResults: Record<keyof typeof TYPING_SPEEDS, number>;
  /** The same for the commonest word alone, "police", which matches most entries. */
  policeMs: Record<keyof typeof TYPING_SPEEDS, number>;
  /** Search files (scripts, WebAssembly, index, filters, fragments) fetched for the first query on a fresh page. */
  indexKbPerQuery: number;
}

export async function searchSpeed(dist: string): Promise<SearchSpeed> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    // Run by tsx, the functions sent to the page call esbuild's __name helper, which the page lacks.
    await page.addInitScript('globalThis.__name = (f) => f');
    const medians = { burst: 0, steady: 0 };
    const police = { burst: 0, steady: 0 };
    let bytes = 0;
    // Pagefind fetches its index from a web worker, whose requests the page's resource timings leave out.
    const requested: string[] = [];
    browser.context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const [speed, delay] of Object.entries(TYPING_SPEEDS) as [keyof typeof TYPING_SPEEDS, number][]) {
      const times: number[] = [];
      for (const query of QUERIES) {
        await page.goto(`${server.url}/search/`);
        // Start typing once the page says it is ready, as a reader would, not while its script still loads.
        await page.waitForFunction(() =>
          /Type a word/.test(document.querySelector('#search-status')?.textContent ?? ''),
        );
        // Time from the last keystroke to the frame that shows the result count for the whole query, both
        // taken in the page. (Read after typing ends, it could not be under the typing delay: Playwright
        // waits that long between a key's press, which runs the search, and its release.)
        await page.evaluate((q) => {
          const box = document.querySelector<HTMLInputElement>('#search-query')!;
          const status = document.querySelector<HTMLElement>('#search-status')!;
          const shown = new RegExp(`results? for “${q}”`);
          box.addEventListener('keydown', () => (box.dataset.lastKey = String(performance.now())));
          const check = () => {
            if (shown.test(status.textContent ?? '')) box.dataset.shownAt = String(performance.now());
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
          box.focus();
        }, query);
        await page.keyboard.type(query, { delay });
        const handle = await page.waitForFunction(() => {
          const { lastKey, shownAt } = document.querySelector<HTMLInputElement>('#search-query')!.dataset;
          return shownAt ? Number(shownAt) - Number(lastKey) : false;
        });
        const ms = (await handle.jsonValue()) as number;
        times.push(ms);
        if (process.env.SEARCH_SPEED_VERBOSE) console.log(speed, query, Math.round(ms));
        if (query === 'police') police[speed] = Math.round(ms);
        if (bytes === 0) {
          const index = requested.filter((url) => SEARCH_BUNDLES.some((bundle) => url.startsWith(`/${bundle}/`)));
          for (const url of new Set(index)) bytes += readFileSync(join(dist, url)).length;
        }
      }
      medians[speed] = Math.round(median(times));
    }
    return { medianMsToResults: medians, policeMs: police, indexKbPerQuery: Math.round(bytes / 1024) };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('search-speed.ts') && process.argv[2]) {
  console.log(JSON.stringify(await searchSpeed(process.argv[2])));
}
