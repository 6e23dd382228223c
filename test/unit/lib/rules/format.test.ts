import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatApproximateCount,
  formatDate,
  formatNumber,
  formatPounds,
  formatTime,
  weekday,
  yearOf,
} from '../../../../src/lib/rules/format';

describe('formatDate', () => {
  it('writes a date in words without a leading zero', () => {
    expect(formatDate('2023-10-09')).toBe('9 October 2023');
  });
  it('writes only the month and year when the day is not known', () => {
    expect(formatDate('2024-03-01', 'month')).toBe('March 2024');
    expect(formatDate('2024-03')).toBe('March 2024');
  });
});

describe('weekday', () => {
  it('names the day of the week of the Panel meeting of 9 October 2023', () => {
    expect(weekday('2023-10-09')).toBe('Monday');
  });
  it('shows that 23 March 2015 was a Monday, not the Wednesday printed on the paper', () => {
    expect(weekday('2015-03-23')).toBe('Monday');
  });
});

describe('formatTime', () => {
  it('prints whole hours as "1pm"', () => expect(formatTime('13:00')).toBe('1pm'));
  it('prints minutes with a full stop', () => expect(formatTime('11:32')).toBe('11.32am'));
  it('prints midday and midnight as 12', () => {
    expect(formatTime('12:00')).toBe('12pm');
    expect(formatTime('00:15')).toBe('12.15am');
  });
});

describe('formatPounds', () => {
  it('adds thousands separators', () => expect(formatPounds(160000)).toBe('£160,000'));
  it('shows pence only when there are some', () => expect(formatPounds(960591.34)).toBe('£960,591.34'));
});

describe('formatNumber and counts', () => {
  it('groups thousands', () => expect(formatNumber(20087)).toBe('20,087'));
  it('keeps the source qualifier on approximate counts', () => {
    expect(formatApproximateCount({ value: 50, qualifier: 'more-than' })).toBe('more than 50');
    expect(formatApproximateCount(46)).toBe('46');
  });
});

describe('addDays and yearOf', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2022-12-01', 55)).toBe('2023-01-25');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('is unaffected by the change to British Summer Time', () => {
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDays('2024-03-31', 1)).toBe('2024-04-01');
  });
  it('reads the year', () => expect(yearOf('2015-01-29')).toBe(2015));
});
