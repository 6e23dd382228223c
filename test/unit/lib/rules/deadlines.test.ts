/**
 * Deadlines at their boundaries, computed against a build date tests set.
 */
import { describe, expect, it } from 'vitest';
import { overdueNote } from '../../../../src/lib/rules/actions';
import { buildDate } from '../../../../src/lib/content/build-date';
import { responseTimeliness } from '../../../../src/lib/rules/hmicfrs';

describe('the 56-day HMICFRS duty at its boundary', () => {
  // Published 1 December 2022 (day 1), so day 56 is 25 January 2023.
  it('is on time on day 56', () => {
    expect(responseTimeliness('2022-12-01', '2023-01-25').kind).toBe('on-time');
  });
  it('is one day late on day 57', () => {
    expect(responseTimeliness('2022-12-01', '2023-01-26')).toEqual({ kind: 'late', due: '2023-01-25', daysLate: 1 });
  });
  it('counts across a leap day', () => {
    expect(responseTimeliness('2024-01-10', '2024-03-05')).toEqual({ kind: 'on-time', due: '2024-03-05' });
    expect(responseTimeliness('2024-01-10', '2024-03-06')).toMatchObject({ kind: 'late', daysLate: 1 });
  });
});

describe('overdue actions against the build date', () => {
  const action = { due: { date: '2023-09-30' } };
  it('is not overdue on its due date', () => {
    expect(overdueNote(action, 'open', '2023-09-30')).toBeUndefined();
  });
  it('is stated factually the day after', () => {
    expect(overdueNote(action, 'in-progress', '2023-10-01')).toBe('due 30 September 2023, in progress');
  });
  it('is never overdue once complete or superseded, or when due at a meeting', () => {
    expect(overdueNote(action, 'complete', '2024-01-01')).toBeUndefined();
    expect(overdueNote(action, 'superseded', '2024-01-01')).toBeUndefined();
    expect(overdueNote({ due: {} }, 'open', '2024-01-01')).toBeUndefined();
  });
});

describe('buildDate', () => {
  it('uses PORTAL_BUILD_DATE when set', () => {
    expect(buildDate({ PORTAL_BUILD_DATE: '2023-10-09' })).toBe('2023-10-09');
    expect(() => buildDate({ PORTAL_BUILD_DATE: '9/10/2023' })).toThrow('PORTAL_BUILD_DATE must be written YYYY-MM-DD');
  });
  it('otherwise takes today in the UK, not UTC', () => {
    // 23:30 UTC on 30 June 2024 is 00:30 on 1 July in British Summer Time.
    expect(buildDate({}, new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    expect(buildDate({}, new Date('2024-12-31T23:30:00Z'))).toBe('2024-12-31');
  });
});
