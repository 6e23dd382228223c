import { describe, expect, it } from 'vitest';
import { matchingSections, type SubResult } from '../../../../src/lib/search/sections';
import { dateSortKey, searchRecordsFile } from '../../../../src/lib/search/records';

const PAGE = '/meetings/cgb-2023-06-21/';
const part = (anchor: string, matches: number): SubResult => ({
  title: anchor,
  url: anchor ? `${PAGE}#${anchor}` : PAGE,
  excerpt: '',
  locations: Array.from({ length: matches }, (_, i) => i),
});

describe('matchingSections', () => {
  it('puts the parts with most matches first, and page order breaks ties', () => {
    const sections = matchingSections(PAGE, [part('item-1', 1), part('item-2', 4), part('item-3', 1)]);
    expect(sections.map((s) => s.url)).toEqual([`${PAGE}#item-2`, `${PAGE}#item-1`, `${PAGE}#item-3`]);
  });

  it('leaves out the page itself and parts without matches', () => {
    const sections = matchingSections(PAGE, [part('', 9), part('item-1', 0), part('item-2', 2)]);
    expect(sections.map((s) => s.url)).toEqual([`${PAGE}#item-2`]);
  });

  it('shows at most the limit', () => {
    const parts = [1, 2, 3, 4, 5].map((n) => part(`item-${n}`, n));
    expect(matchingSections(PAGE, parts, 2).map((s) => s.url)).toEqual([`${PAGE}#item-5`, `${PAGE}#item-4`]);
  });
});

describe('searchRecordsFile', () => {
  it('puts the records beside the output folder, never inside it', () => {
    expect(searchRecordsFile('/site/dist.partial-42/')).toBe('/site/dist.partial-42.search-records.json');
    expect(searchRecordsFile('/site/dist')).toBe('/site/dist.search-records.json');
  });
});

describe('dateSortKey', () => {
  it('sorts by the date, and an undated page after every date', () => {
    const keys = [dateSortKey({ type: 'Meeting', date: '2023-06-21' }), dateSortKey({ type: 'Board or panel' })];
    expect(keys[0]).toBe('2023-06-21');
    expect([...keys].sort().reverse()).toEqual(keys);
    expect(keys[1] < '1900-01-01').toBe(true);
  });
});
