import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareBuilds, normalise } from '../../scripts/compare-builds';

/** A built site in a temporary folder, from paths and contents. */
function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-compare-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('comparing two builds', () => {
  it('ignores the hashes Astro gives assets and the CSP gives inline scripts', () => {
    expect(normalise('<link href="/_astro/BaseLayout.BzbvKfuq.css">')).toBe(
      '<link href="/_astro/BaseLayout.[hash].css">',
    );
    expect(normalise("script-src 'self' 'sha256-abc+/='")).toBe("script-src 'self' 'sha256-[hash]'");
    const page = (hash: string) => `<script src="/_astro/page.${hash}.js"></script>`;
    expect(
      compareBuilds(
        site({ 'index.html': page('AAAAAAAA'), '_astro/page.AAAAAAAA.js': 'x' }),
        site({ 'index.html': page('BBBBBBBB'), '_astro/page.BBBBBBBB.js': 'x' }),
      ),
    ).toEqual([]);
  });

  it('names each file that differs, with the first difference, and files only on one side', () => {
    const problems = compareBuilds(
      site({ 'a/index.html': '<p>9 October 2023</p>', 'gone.csv': 'x' }),
      site({ 'a/index.html': '<p>1 October 2023</p>', 'new.ics': 'y' }),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^differs: a\/index\.html at character 3:/);
    expect(problems[0]).toContain('"<p>9 October 2023</p>"');
    expect(problems.slice(1)).toEqual(['only after: new.ics', 'only before: gone.csv']);
  });

  it('compares the search index decompressed, so the same records compress to the same text', () => {
    const fragment = (text: string) => gzipSync(Buffer.from(text), { level: 1 });
    const same = compareBuilds(
      site({ 'pagefind/fragment/x.pf_fragment': fragment('{"url":"/a/"}') }),
      site({ 'pagefind/fragment/x.pf_fragment': gzipSync(Buffer.from('{"url":"/a/"}'), { level: 9 }) }),
    );
    expect(same).toEqual([]);
    const different = compareBuilds(
      site({ 'pagefind/fragment/x.pf_fragment': fragment('{"url":"/a/"}') }),
      site({ 'pagefind/fragment/x.pf_fragment': fragment('{"url":"/b/"}') }),
    );
    expect(different).toHaveLength(1);
  });

  it('keeps each fragment apart (their names are hashes of their content) but not the derived index files', () => {
    const fragment = gzipSync(Buffer.from('{"url":"/a/"}'));
    const problems = compareBuilds(
      site({
        'pagefind/fragment/en-gb_1111111.pf_fragment': fragment,
        'pagefind/fragment/en-gb_2222222.pf_fragment': fragment,
        'pagefind/index/en-gb_3333333.pf_index': gzipSync(Buffer.from('one order')),
      }),
      site({
        'pagefind/fragment/en-gb_1111111.pf_fragment': fragment,
        'pagefind/index/en-gb_4444444.pf_index': gzipSync(Buffer.from('another order')),
      }),
    );
    expect(problems).toEqual(['only before: pagefind/fragment/en-gb_2222222.pf_fragment']);
  });

  it('with ignoreStyleScopes, takes a moved component (new scope name, rules in another order) as unchanged, and nothing more', () => {
    const before = site({
      'a/index.html':
        '<p data-astro-cid-aaaa1111>x</p><style>.b[data-astro-cid-aaaa1111]{color:red}.a{margin:0}</style>',
      'x.css': '.b[data-astro-cid-aaaa1111]{color:red}.a{margin:0}',
    });
    const moved = site({
      'a/index.html':
        '<p data-astro-cid-bbbb2222>x</p><style>.a{margin:0}.b[data-astro-cid-bbbb2222]{color:red}</style>',
      'x.css': '.a{margin:0}.b[data-astro-cid-bbbb2222]{color:red}',
    });
    const changed = site({
      'a/index.html':
        '<p data-astro-cid-bbbb2222>y</p><style>.a{margin:0}.b[data-astro-cid-bbbb2222]{color:blue}</style>',
      'x.css': '.a{margin:0}.b[data-astro-cid-bbbb2222]{color:red}',
    });
    expect(compareBuilds(before, moved)).toHaveLength(2);
    expect(compareBuilds(before, moved, { ignoreStyleScopes: true })).toEqual([]);
    expect(compareBuilds(before, changed, { ignoreStyleScopes: true }).map((p) => p.split(' ')[1])).toEqual([
      'a/index.html',
    ]);
  });
});
