/**
 * Every page in the sitemap, plus the 404 page, passes axe-core's WCAG 2.2 AA
 * rules (and its best practices) in real Chromium with zero violations.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBuiltSite } from '../support/built-site';
import { sitemapPaths } from '../support/site';

const paths = [...sitemapPaths(), '/404.html'];
const site = useBuiltSite();

describe('accessibility', () => {
  it('checks a sitemap with a page for every collection', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('%s has no axe violations', async (path) => {
    const page = await site.browser.context.newPage();
    try {
      await page.goto(site.server.url + path);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
