import { describe, expect, it } from 'vitest';
import { amountBand, compareRows, matchesFilters } from '../../../src/lib/table-filter';

describe('register table filters', () => {
  it('matches when every chosen filter matches, and "" means any', () => {
    expect(matchesFilters({ status: 'open', year: '2023' }, { status: 'open', year: '' })).toBe(true);
    expect(matchesFilters({ status: 'open', year: '2023' }, { status: 'complete' })).toBe(false);
    expect(matchesFilters({ theme: 'vawg|victims' }, { theme: 'victims' })).toBe(true);
  });

  it('sorts numbers as numbers and puts empty values last either way', () => {
    const rows = [{ amount: '5000' }, { amount: '' }, { amount: '160000' }];
    expect([...rows].sort((a, b) => compareRows(a, b, 'amount', 'desc')).map((r) => r.amount)).toEqual([
      '160000',
      '5000',
      '',
    ]);
    expect([...rows].sort((a, b) => compareRows(a, b, 'amount', 'asc')).map((r) => r.amount)).toEqual([
      '5000',
      '160000',
      '',
    ]);
    expect(compareRows({ date: '2015-01-29' }, { date: '2023-10-09' }, 'date', 'asc')).toBeLessThan(0);
  });

  it('puts amounts in bands at their boundaries', () => {
    expect(amountBand(undefined)).toBe('none');
    expect(amountBand(9999.99)).toBe('under-10k');
    expect(amountBand(10000)).toBe('10k-100k');
    expect(amountBand(160000)).toBe('100k-1m');
    expect(amountBand(1_000_000)).toBe('1m-plus');
  });
});
