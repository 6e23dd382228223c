/**
 * Every page in the sitemap, plus the 404 page, passes axe-core's WCAG 2.2 AA
 * rules (and its best practices) in real Chromium with zero violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type Browser, launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { DIST, sitemapPaths } from '../support/site';

const paths = [...sitemapPaths(), '/404.html'];
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility', () => {
  it('checks a sitemap with a page for every collection', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('%s has no axe violations', async (path) => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url + path);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
