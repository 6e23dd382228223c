import { describe, expect, it } from 'vitest';
import { spaceForSearch } from '../../../../src/lib/search/spacing';

describe('spaceForSearch', () => {
  it('breaks the line after fact lists, table headings and captions that run into the next tag', () => {
    expect(
      spaceForSearch(
        '<dl><dt>Date</dt><dd>21 June 2023</dd></dl><table><caption>Every value</caption><tr><th>Period</th><th>Rate</th></tr></table>',
      ),
    ).toBe(
      '<dl><dt>Date</dt>\n<dd>21 June 2023</dd>\n</dl><table><caption>Every value</caption>\n<tr><th>Period</th>\n<th>Rate</th>\n</tr></table>',
    );
  });

  it('leaves other tags, and tags already followed by text or space, alone', () => {
    const html = '<p>One</p><p>Two</p><span>a</span><span>b</span><dd>x</dd> <dt>y</dt>';
    expect(spaceForSearch(html)).toBe(html);
  });
});
