import { describe, expect, it } from 'vitest';
import {
  describeResults,
  emptyState,
  hasCriteria,
  parseSearchState,
  toPagefindOptions,
  toQueryString,
} from '../../../../src/lib/search/state';

describe('search state in the address', () => {
  it('reads the query, repeated filters and sort', () => {
    const state = parseSearchState('?q=+stalking+&type=Action&type=Decision&year=2023&sort=newest');
    expect(state.query).toBe('stalking');
    expect(state.filters.type).toEqual(['Action', 'Decision']);
    expect(state.filters.year).toEqual(['2023']);
    expect(state.sort).toBe('newest');
  });

  it('falls back to relevance for an unknown sort and ignores empty values', () => {
    const state = parseSearchState('?sort=oldest&body=');
    expect(state.sort).toBe('relevance');
    expect(state.filters.body).toEqual([]);
  });

  it('round-trips through a query string', () => {
    const state = parseSearchState(
      '?q=%22positive+outcome+rate%22&theme=Domestic+abuse+and+violence+against+women+and+girls',
    );
    expect(parseSearchState(toQueryString(state))).toEqual(state);
    expect(toQueryString(emptyState())).toBe('');
  });
});

describe('searching', () => {
  it('sorts newest first without a query, and never gives Pagefind the filters', () => {
    const state = parseSearchState('?type=Decision&type=Action&year=2023');
    expect(toPagefindOptions(state)).toEqual({ sort: { date: 'desc' } });
    expect(hasCriteria(state)).toBe(true);
    expect(hasCriteria(emptyState())).toBe(false);
  });

  it('uses relevance for a query unless newest first is asked for', () => {
    expect(toPagefindOptions(parseSearchState('?q=999'))).toEqual({});
    expect(toPagefindOptions(parseSearchState('?q=999&sort=newest')).sort).toEqual({ date: 'desc' });
  });

  it('describes the results for the live region', () => {
    expect(describeResults(3, parseSearchState('?q=stalking&type=Action'))).toBe(
      '3 results for “stalking”, filtered by type: Action',
    );
    expect(describeResults(1, parseSearchState('?type=Decision&year=2023&year=2024'))).toBe(
      '1 result, filtered by type: Decision; year: 2023 or 2024',
    );
    expect(describeResults(0, parseSearchState('?q=x&sort=newest'))).toBe('0 results for “x”, newest first');
  });
});
