import { describe, expect, it } from 'vitest';
import { formatPeriod, periodIndex, shiftPeriod } from '../../../../src/lib/rules/periods';

describe('periodIndex', () => {
  it('numbers consecutive months consecutively across a year end', () => {
    expect(periodIndex('month', '2023-01')! - periodIndex('month', '2022-12')!).toBe(1);
  });
  it('numbers financial years consecutively', () => {
    expect(periodIndex('financial-year', '2022/23')! - periodIndex('financial-year', '2021/22')!).toBe(1);
  });
  it('rejects malformed periods', () => {
    expect(periodIndex('month', '2023-13')).toBeUndefined();
    expect(periodIndex('month', 'May 2023')).toBeUndefined();
    expect(periodIndex('quarter', '2023-Q5')).toBeUndefined();
    expect(periodIndex('financial-year', '2022/24')).toBeUndefined();
    expect(periodIndex('calendar-year', '23')).toBeUndefined();
  });
});

describe('formatPeriod', () => {
  it('writes months and rolling years in words', () => {
    expect(formatPeriod('month', '2023-05')).toBe('May 2023');
    expect(formatPeriod('month', '2023-05', 'short')).toBe('May 2023');
    expect(formatPeriod('month', '2023-09', 'short')).toBe('Sep 2023');
    expect(formatPeriod('rolling-12-months', '2023-03')).toBe('12 months to March 2023');
    expect(formatPeriod('quarter', '2014-Q4')).toBe('Q4 2014');
    expect(formatPeriod('financial-year', '2022/23')).toBe('2022/23');
  });
});

describe('shiftPeriod', () => {
  it('finds the same month a year earlier', () => expect(shiftPeriod('month', '2023-05', -12)).toBe('2022-05'));
  it('moves across quarters and financial years', () => {
    expect(shiftPeriod('quarter', '2023-Q1', -1)).toBe('2022-Q4');
    expect(shiftPeriod('financial-year', '1999/00', 1)).toBe('2000/01');
  });
});
