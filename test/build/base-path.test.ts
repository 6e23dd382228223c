/**
 * A site published under a path, as a GitHub project page is
 * (https://<owner>.github.io/<repo>/): the fixture site built with a path in
 * its site config's `url`. Every link, image, script, stylesheet and form in
 * every page is under the path and leads to a file that exists; the feeds
 * and sitemap give full addresses under it; and in Chromium, served under the
 * path, pages load their styles and scripts and search finds results whose
 * links open.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { buildSite, type BuildResult } from '../support/build';
import { walk } from '../support/dist-files';
import { searchPage } from '../support/relevance';
import { serveStatic } from '../support/server';

const BASE = '/portal/';
const SITE = 'https://fixture.example.org/portal';
const content = mkdtempSync(join(tmpdir(), 'portal-base-path-'));
let build: BuildResult;

beforeAll(() => {
  cpSync('test/fixtures/withheld-site', content, { recursive: true });
  const config = join(content, 'site.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^url: .*$/m, `url: ${SITE}`));
  build = buildSite(content);
});
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(dirname(build.outDir), { recursive: true, force: true });
});

/** Every href, src and action in a page. */
function addresses(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag: (_name, attributes) => {
      for (const key of ['href', 'src', 'action']) if (attributes[key] !== undefined) found.push(attributes[key]);
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** The file in the built site an address under the base path is served from. */
function fileOf(address: string): string {
  const path = decodeURIComponent(address.slice(BASE.length).split(/[?#]/)[0]);
  return join(build.outDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

describe('a site published under a path', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('puts every link, image, script, stylesheet and form of every page under the path, each to a file that exists', () => {
    const pages = [...walk(build.outDir)].filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const outside: string[] = [];
    const missing = new Set<string>();
    for (const page of pages) {
      for (const address of addresses(readFileSync(page, 'utf8'))) {
        if (!address.startsWith('/') || address.startsWith('//')) continue;
        if (!address.startsWith(BASE)) outside.push(`${page.slice(build.outDir.length)}: ${address}`);
        else if (!existsSync(fileOf(address))) missing.add(address);
      }
    }
    expect(outside).toEqual([]);
    expect([...missing]).toEqual([]);
  });

  it('gives full addresses under the path in the feeds, the sitemap and the open data', () => {
    const feed = readFileSync(join(build.outDir, 'feeds/all.xml'), 'utf8');
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link.startsWith(`${SITE}/`), link).toBe(true);
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const loc of locs) expect(loc.startsWith(`${SITE}/`), loc).toBe(true);
    const decisions = JSON.parse(readFileSync(join(build.outDir, 'data/decisions.json'), 'utf8')) as {
      rows: { url: string }[];
    };
    for (const row of decisions.rows) expect(row.url.startsWith(`${SITE}/decisions/`), row.url).toBe(true);
  });

  it('served under the path, loads each page with its styles and scripts, and search finds results that open', async () => {
    const server = await serveStatic(build.outDir, BASE);
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('pageerror', (error) => failed.push(String(error)));
      for (const path of ['', 'meetings/', 'performance/calls/', 'spending/2024-05/']) {
        await page.goto(`${server.url}${BASE}${path}`);
        expect(await page.evaluate(() => document.styleSheets.length), path).toBeGreaterThan(0);
      }
      const results = await searchPage(page, server.url.replace(/\/$/, '') + BASE.replace(/\/$/, ''), 'published');
      expect(results.length).toBeGreaterThan(0);
      for (const link of results.flatMap((r) => r.links)) {
        expect(link.startsWith(BASE), link).toBe(true);
        expect(existsSync(fileOf(link)), link).toBe(true);
      }
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
