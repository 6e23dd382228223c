import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basePathOf, withBasePath } from '../../../src/domain/base-path';

describe('a site published under a path', () => {
  it('takes the path from the site address, with a slash at each end', () => {
    expect(basePathOf('https://transparency.leics.pcc.police.uk')).toBe('/');
    expect(basePathOf('https://transparency.leics.pcc.police.uk/')).toBe('/');
    expect(basePathOf('https://opcc.github.io/portal')).toBe('/portal/');
    expect(basePathOf('https://opcc.github.io/portal/')).toBe('/portal/');
    expect(basePathOf('https://example.org/a/b')).toBe('/a/b/');
  });

  it('puts root-relative links, images and forms under the path, and leaves the rest alone', () => {
    const html =
      '<a href="/meetings/">M</a><img src="/x.png" alt=""><form action="/search/"></form>' +
      '<script src="/portal/_astro/a.js"></script><a href="https://example.org/">E</a><a href="//cdn.example.org/x">C</a>' +
      '<a href="#main">S</a><p>href="/not-an-attribute" in text is escaped, so never written like this</p>';
    expect(withBasePath(html, '/portal/')).toBe(
      '<a href="/portal/meetings/">M</a><img src="/portal/x.png" alt=""><form action="/portal/search/"></form>' +
        '<script src="/portal/_astro/a.js"></script><a href="https://example.org/">E</a><a href="//cdn.example.org/x">C</a>' +
        '<a href="#main">S</a><p>href="/not-an-attribute" in text is escaped, so never written like this</p>',
    );
    expect(withBasePath('<a href="/meetings/">', '/')).toBe('<a href="/meetings/">');
  });

  it('puts every root-relative address under the path once, however often it is applied', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(segment, { maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        segment,
        (paths, base) => {
          const html = paths.map((p) => `<a href="/${p.join('/')}">x</a>`).join('');
          const once = withBasePath(html, `/${base}/`);
          expect(withBasePath(once, `/${base}/`)).toBe(once);
          const hrefs = [...once.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
          expect(hrefs.every((href) => href?.startsWith(`/${base}/`))).toBe(true);
        },
      ),
    );
  });
});
