/**
 * Every page in the sitemap, plus the 404 page, passes axe-core's WCAG 2.2 AA
 * rules (and its best practices) in real Chromium with zero violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { DIST, sitemapPaths } from '../support/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** Rules switched off, each with the reason. None at present. */
const DISABLED_RULES: Record<string, string> = {};

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
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(
        async ({ tags, disabled }) => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  ctx: Document,
                  opts: object,
                ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
          });
          return result.violations.map(
            (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
        },
        { tags: TAGS, disabled: Object.keys(DISABLED_RULES) },
      );
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
