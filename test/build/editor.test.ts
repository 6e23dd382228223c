/**
 * The browser editor's weight stays on /admin/: its code is loaded by that
 * page only, and the page is kept out of the sitemap, the search index and
 * search engines. Its configuration is published beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDistText, walk } from '../support/dist-files';
import { DIST, sitemapPaths } from '../support/site';

const admin = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
/** The scripts the editor page loads, as paths in the site. */
const adminScripts = [...admin.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('the editor at /admin/', () => {
  it('is published with Decap CMS and its configuration beside it', () => {
    expect(adminScripts).toContain('decap-cms.js');
    expect(readFileSync(join(DIST, 'admin/decap-cms.js'), 'utf8').length).toBeGreaterThan(1_000_000);
    expect(readFileSync(join(DIST, 'admin/config.yml'), 'utf8')).toMatch(/^publish_mode: editorial_workflow$/m);
  });

  it('loads its code on its own page only: no other page is heavier for it', () => {
    const editorCode = adminScripts.filter((src) => src.startsWith('/_astro/')).map((src) => src.slice(1));
    expect(editorCode.length).toBe(1);
    const others = [...walk(DIST)]
      .filter((file) => file.endsWith('.html') && file !== join(DIST, 'admin/index.html'))
      .filter((file) => {
        const html = readFileSync(file, 'utf8');
        return html.includes('decap-cms') || editorCode.some((src) => html.includes(src));
      });
    expect(others).toEqual([]);
  });

  it('is left out of the sitemap, the search index and search engines', () => {
    expect(sitemapPaths().filter((path) => path.includes('/admin'))).toEqual([]);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    const indexed = readDistText(DIST).filter(
      ([path, text]) => /^pagefind[^/]*\/fragment\//.test(path) && text.includes('/admin/'),
    );
    expect(indexed.map(([path]) => path)).toEqual([]);
    // The index does hold the site's pages, so the check above looked at real fragments.
    expect(readDistText(DIST).filter(([path]) => /^pagefind\/fragment\//.test(path)).length).toBeGreaterThan(40);
  });
});
