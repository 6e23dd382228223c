import { describe, expect, it } from 'vitest';
import { responseDueDate, responseTimeliness } from '../../../src/lib/hmicfrs';

describe('the 56-day response duty', () => {
  it('counts publication day as day 1, so the response is due 55 days later', () => {
    // Digital forensics report, published 1 December 2022.
    expect(responseDueDate('2022-12-01')).toBe('2023-01-25');
  });
  it('is on time when published on the due date', () => {
    expect(responseTimeliness('2022-12-01', '2023-01-25')).toEqual({ kind: 'on-time', due: '2023-01-25' });
  });
  it('counts the days late', () => {
    expect(responseTimeliness('2022-12-01', '2023-01-27')).toEqual({ kind: 'late', due: '2023-01-25', daysLate: 2 });
  });
  it('says when it cannot be worked out', () => {
    expect(responseTimeliness(undefined, '2023-01-27').kind).toBe('unknown');
    expect(responseTimeliness('2022-12-01', undefined)).toEqual({ kind: 'awaiting', due: '2023-01-25' });
  });
});
