/**
 * Withheld content never leaks. A fixture site puts a canary string in every
 * field of every withheld entry, item, action, award and recommendation; the
 * built output (pages, search index, sitemap, every other file) must not
 * contain it, while the titles and reasons the public may see are published.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles';
import { launchBrowser } from '../support/browser';
import { buildSite, type BuildResult } from '../support/build';
import { readDistText } from '../support/dist-files';
import { serveStatic } from '../support/server';

const CANARY = 'CANARY-WITHHELD-7F3A';
let build: BuildResult;
let files: [string, string][];

beforeAll(() => {
  build = buildSite('test/fixtures/withheld-site');
  files = build.status === 0 ? readDistText(build.outDir) : [];
});
afterAll(() => rmSync(dirname(build.outDir), { recursive: true, force: true }));

describe('a site with withheld content', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('indexes pages for search, so the index is part of what is checked', () => {
    expect(files.some(([path]) => path.endsWith('.pf_fragment'))).toBe(true);
    expect(files.filter(([, text]) => text.includes('The Board adopted a strategy')).length).toBeGreaterThan(1);
  });

  it('contains the canary in no file at all', () => {
    const leaks = files.filter(([, text]) => text.includes(CANARY)).map(([path]) => path);
    expect(leaks).toEqual([]);
  });

  it('processes nothing in a withheld body: no image, link or component output, while a published body keeps its image', () => {
    const assets = files.map(([path]) => path).filter((path) => path.startsWith('_astro/'));
    expect(assets.some((path) => /^_astro\/published-map\.[\w-]+\.(webp|png)$/.test(path))).toBe(true);
    expect(assets.filter((path) => path.includes('canary-withheld-map'))).toEqual([]);
    const page = files.find(([path]) => path === 'decisions/2024-01-12-withheld-mdx/index.html')?.[1] ?? '';
    expect(page).toContain('The price is commercially sensitive until the purchase completes.');
    expect(page).not.toMatch(/class="tp-embed|<img|canary-withheld-7f3a\.example/i);
  });

  it('publishes a withheld payment by its amount, date, category and reason, and never its supplier or purpose', () => {
    const html = files.find(([p]) => p === 'spending/2024-05/index.html')?.[1] ?? '';
    expect(html).toContain('Payment to a private individual');
    expect(html).toContain('£640.50');
    expect(html).toContain('Soar Valley Print, Ltd');
    expect(html).toContain('Printing of the &quot;Police and Crime Plan&quot;');
    const csv = files.find(([p]) => p === 'data/spending-2024-05.csv')?.[1] ?? '';
    expect(csv.split('\n').find((line) => line.includes('640.5'))).toMatch(
      /^2024-05,2024-05-09,,640\.5,Third party payments,,Set by the scheme,INV-0002,,true,Payment to a private individual,/,
    );
    expect(files.find(([p]) => p === 'feeds/spending.xml')?.[1]).toContain('3 payments totalling £14,290.50.');
  });

  it('still publishes the title and reason of each withheld thing', () => {
    const html = (path: string) => files.find(([p]) => p === path)?.[1] ?? '';
    const meeting = html('meetings/board-2024-01-10/index.html');
    expect(meeting).toContain('Homicide profile');
    expect(meeting).toContain('The paper contains operational detail.');
    expect(meeting).toContain('Agreed in the closed part of the meeting.');
    expect(html('meetings/board-2024-02-14/index.html')).toContain('The whole meeting was held in closed session.');
    // Its date is public, so the body's calendar and feed are one tap away here too.
    expect(html('meetings/board-2024-02-14/index.html')).toContain('href="/bodies/governance-board/meetings.ics"');
    expect(html('meetings/board-2024-02-14/index.html')).toContain('href="/feeds/bodies/governance-board.xml"');
    const decision = html('decisions/2024-01-10-exempt-contract/index.html');
    expect(decision).toContain('Award of a contract');
    expect(decision).toContain('Commercially sensitive until the contract is signed.');
    expect(decision).toContain('paragraph 3');
    expect(html('grants/grants-2023-24-round-1/index.html')).toContain('Names a refuge whose address is confidential.');
    expect(html('hmicfrs/peel-2023/index.html')).toContain('Relates to a live operation.');
  });
});

describe('another office reusing the code with its own site config', () => {
  it('names its own office, area and force, and never Leicestershire', () => {
    const home = files.find(([path]) => path === 'index.html')?.[1] ?? '';
    expect(home).toContain('Office of the Police and Crime Commissioner for Testshire');
    expect(home).toContain('holds Testshire Police to account');
    const mentions = files.filter(([, text]) => /Leicester|Rutland|leics/i.test(text)).map(([path]) => path);
    expect(mentions).toEqual([]);
  });

  it('uses its own colours and address', () => {
    const home = files.find(([path]) => path === 'index.html')?.[1] ?? '';
    expect(home).toContain('--tp-primary: #5a2d82');
    expect(files.find(([path]) => path === 'robots.txt')?.[1]).toContain(
      'https://fixture.example.org/sitemap-index.xml',
    );
    expect(files.find(([path]) => path === 'meetings.ics')?.[1]).toContain('UID:board-2024-01-10@fixture.example.org');
  });
});

describe('searching a site with withheld content', () => {
  it('finds published text, and no result for the canary contains it', async () => {
    const server = await serveStatic(build.outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/search/`);
      // A string, so the test runner does not rewrite the browser's dynamic import.
      const found = await page.evaluate<{ published: string[]; canary: string[] }>(`(async () => {
        const bundles = await Promise.all(${JSON.stringify(SEARCH_BUNDLES)}.map((b) => import('/' + b + '/pagefind.js')));
        const contents = async (q) => {
          const searches = await Promise.all(bundles.map((pagefind) => pagefind.search(q)));
          const data = await Promise.all(searches.flatMap((search) => search.results.map((r) => r.data())));
          return data.map((d) => d.url + ' ' + d.meta.title + ' ' + d.content);
        };
        return {
          published: await contents('published'),
          canary: [...(await contents('${CANARY}')), ...(await contents('canary')), ...(await contents('7F3A'))],
        };
      })()`);
      expect(found.published.length).toBeGreaterThan(0);
      // Pagefind may offer near matches (it suggests "can" for "canary"); none may hold the canary itself.
      expect(found.canary.filter((text) => /canary|7f3a/i.test(text))).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
