/**
 * The Content Security Policy every page carries, in real Chromium: the
 * site's own scripts, styles, charts and search all run under it, with no
 * violation on any page, while a script or event handler that was not the
 * site's own (as hostile text turned into markup would be) does not run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site';
import { DIST, sitemapPaths } from '../support/site';

const site = useBuiltSite();

/** Opens a page and returns every CSP violation it reports while it loads and runs. */
async function violationsOn(path: string): Promise<string[]> {
  const { page } = site;
  const violations: string[] = [];
  const onConsole = (message: { text(): string }) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  };
  page.on('console', onConsole);
  await page.goto(site.server.url + path, { waitUntil: 'load' });
  await page.waitForTimeout(150); // Charts and search start just after load.
  violations.push(
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  );
  page.off('console', onConsole);
  return violations;
}

describe('the Content Security Policy', () => {
  it('is on every page', () => {
    for (const path of sitemapPaths()) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      expect(html, path).toMatch(
        /<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*object-src 'none';[^"]*script-src 'self' 'wasm-unsafe-eval'/,
      );
    }
  });

  it("lets every page's own scripts and styles run: no violation anywhere", async () => {
    await site.browser.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const paths = [...sitemapPaths(), '/search/?q=domestic+abuse'];
    const found: string[] = [];
    for (const path of paths) for (const violation of await violationsOn(path)) found.push(`${path}: ${violation}`);
    expect(found).toEqual([]);
  });

  it('still lets search find and show results', async () => {
    const { page } = site;
    await page.goto(`${site.server.url}/search/?q=forensics`);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
  });

  it('refuses a script or an event handler the site did not write, and reports it', async () => {
    const { page } = site;
    await page.goto(`${site.server.url}/meetings/pcp-2023-10-09/`);
    const ran = await page.evaluate(async () => {
      const flags = window as unknown as { __script?: number; __handler?: number };
      const script = document.createElement('script');
      script.textContent = 'window.__script = 1';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="/no-such-image.png" onerror="window.__handler = 1">';
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return { script: flags.__script, handler: flags.__handler };
    });
    expect(ran).toEqual({ script: undefined, handler: undefined });
    // The same detector that finds no violation on the site's own pages sees these two.
    const reported = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(reported).toEqual([expect.stringMatching(/^script-src/), expect.stringMatching(/^script-src/)]);
  });
});
