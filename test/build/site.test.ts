/**
 * The real site build in dist/: a page for every entry of every collection,
 * the URLs the design promises, a search index, a sitemap, and no client
 * JavaScript except on the search page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/collections';
import { loadSiteConfig } from '../../src/lib/content/site';
import { contentDir } from '../../src/lib/content/paths';
import { checkContent } from '../../src/lib/checks';
import { walk } from '../support/dist-files';
import { DIST, sitemapPaths } from '../support/site';

const { entries } = checkContent(
  contentDir,
  loadSiteConfig().themes.map((t) => t.id),
);
const page = (path: string) => join(DIST, path, 'index.html');
const html = (path: string) => readFileSync(page(path), 'utf8');

describe('the built site', () => {
  it.each([
    ['meetings', '/meetings/'],
    ['bodies', '/bodies/'],
    ['decisions', '/decisions/'],
    ['annual-reports', '/annual-reports/'],
    ['grant-rounds', '/grants/'],
    ['hmicfrs', '/hmicfrs/'],
    ['metrics', '/performance/'],
  ] as const)('has a page for every entry in %s under %s', (collection, prefix) => {
    const missing = entries[collection].map((e) => `${prefix}${e.id}/`).filter((path) => !existsSync(page(path)));
    expect(entries[collection].length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  // Every kind in the registry, including one added after these lines were written.
  it.each(Object.entries(COLLECTIONS))(
    '%s: a page for every entry under its route, and each register',
    (name, kind) => {
      const list = entries[name as keyof typeof COLLECTIONS];
      expect(list.map((e) => `${kind.route}${e.id}/`).filter((path) => !existsSync(page(path)))).toEqual([]);
      expect(kind.registers.map((r) => r.href).filter((path) => !existsSync(page(path)))).toEqual([]);
    },
  );

  it.each([
    '/',
    '/meetings/',
    '/decisions/',
    '/actions/',
    '/annual-reports/',
    '/grants/',
    '/hmicfrs/',
    '/performance/',
    '/search/',
    '/accessibility/',
  ])('has %s', (path) => {
    expect(existsSync(page(path))).toBe(true);
  });

  it('has a 404 page, a sitemap index and a search index', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind-records/pagefind.js'))).toBe(true);
  });

  it('lists every page but the 404 in the sitemap, at the office URL', () => {
    const paths = sitemapPaths();
    expect(paths).toContain('/meetings/pcp-2023-10-09/');
    expect(paths).not.toContain('/404/');
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${loadSiteConfig().url}/</loc>`);
  });

  it('ships client JavaScript only to search, chart pages and filterable registers, and small register scripts', () => {
    const pages = [...walk(DIST)].filter((file) => file.endsWith('.html'));
    const text = (file: string) => readFileSync(file, 'utf8');
    const relative = (file: string) => file.slice(DIST.length);
    // Structured data (application/ld+json) is not code; anything else in a script tag is.
    const withScripts = pages
      .filter((file) => /<script\b(?![^>]*application\/ld\+json)/.test(text(file)))
      .map(relative);
    // The browser editor, for staff, is the one page that is all script (test/build/editor.test.ts).
    const needing = pages
      .filter((file) => /<canvas|data-table-filter|id="search-form"/.test(text(file)) || file === page('/admin/'))
      .map(relative);
    expect(needing).toEqual(
      expect.arrayContaining(['/search/index.html', '/actions/index.html', '/decisions/index.html']),
    );
    expect(withScripts.sort()).toEqual(needing.sort());
    const registerJs = [...text(page('/actions/')).matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const bytes = registerJs.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
    expect(bytes).toBeLessThan(3 * 1024);
  });

  it('keeps the largest meeting page within 50 KB of gzipped HTML and CSS', () => {
    const meetingPages = [...walk(join(DIST, 'meetings'))].filter(
      (f) => f.endsWith('index.html') && f !== join(DIST, 'meetings', 'index.html'),
    );
    const css = [
      ...readFileSync(meetingPages[0], 'utf8').matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
    ].map((m) => m[1]);
    const cssBytes = css.reduce((sum, href) => sum + gzipSync(readFileSync(join(DIST, href))).length, 0);
    const largest = Math.max(...meetingPages.map((f) => gzipSync(readFileSync(f)).length));
    expect(css.length).toBeGreaterThan(0);
    expect(largest + cssBytes).toBeLessThanOrEqual(50 * 1024);
  });

  it('keeps each chart page within 60 KB of gzipped JavaScript', () => {
    const chartPage = readFileSync(page('/performance/999-calls/'), 'utf8');
    const sources = [...chartPage.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const bytes = sources.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
    expect(sources.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
  });

  it('indexes only the main content of pages for search', () => {
    const meeting = html('/meetings/pcp-2023-10-09/');
    expect(meeting).toMatch(/<main[^>]*data-pagefind-body/);
    expect(meeting).toMatch(/<header[^>]*data-pagefind-ignore="all"/);
    for (const list of ['/', '/search/', '/meetings/', '/decisions/', '/actions/', '/performance/']) {
      expect(html(list), list).not.toMatch(/data-pagefind-body/);
    }
    // Each agenda item is indexed with its meeting, under a heading whose id Pagefind makes a sub-result;
    // actions are records of their own, so the actions tables are not indexed again.
    expect(meeting).not.toMatch(/<section[^>]*class="tp-item"[^>]*data-pagefind-ignore/);
    expect(meeting).toMatch(/<section class="tp-item"[^>]*aria-labelledby="(item-[^"]+)"[^>]*>\s*<h3 id="\1"/);
    expect(meeting).toMatch(/<div data-pagefind-ignore="all"[^>]*>\s*<h2 id="actions"/);
  });

  it('shows the history of each entry page from git, and no commit subject anywhere', () => {
    expect(html('/meetings/pcp-2023-10-09/')).toMatch(
      /Published on this portal <time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{1,2} \w+ \d{4}</,
    );
    expect(html('/performance/999-calls/')).toContain('Page history');
    const subjects = execFileSync('git', ['log', '--format=%s', '--', 'content'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(subjects.length).toBeGreaterThan(0);
    const pages = [...walk(DIST)].filter((path) => path.endsWith('.html'));
    const shown = subjects.filter((subject) => pages.some((path) => readFileSync(path, 'utf8').includes(subject)));
    expect(shown).toEqual([]);
  });

  it('publishes the Official Sensitive items of March 2023 as title and reason only', () => {
    const meeting = html('/meetings/cgb-2023-03-20/');
    expect(meeting).toMatch(/Homicide/i);
    expect(meeting).toContain('Withheld from publication');
  });
});
