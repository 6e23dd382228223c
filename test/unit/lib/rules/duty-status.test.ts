import { describe, expect, it } from 'vitest';
import { dutyStatus } from '../../../../src/lib/rules/duty-status';

const status = (...args: Parameters<typeof dutyStatus>) => dutyStatus(...args).status;

describe('the status of a publication duty at the build date', () => {
  it('is not published here when the portal has no home for it, whatever its timing', () => {
    expect(status('monthly', undefined, '2026-12-02')).toBe('not-published-here');
    expect(status('within-56-days', undefined, '2026-12-02')).toBe('not-published-here');
  });

  it('monthly: the last finished month is up to date, the one before it due, older overdue', () => {
    expect(status('monthly', { latest: '2026-11-30' }, '2026-12-02')).toBe('up-to-date');
    expect(status('monthly', { latest: '2026-10-03' }, '2026-12-02')).toBe('due');
    expect(status('monthly', { latest: '2026-09-30' }, '2026-12-02')).toBe('overdue');
    expect(status('monthly', {}, '2026-12-02')).toBe('overdue');
    // Across the turn of the year.
    expect(status('monthly', { latest: '2025-12' }, '2026-01-15')).toBe('up-to-date');
    expect(status('monthly', { latest: '2025-11' }, '2026-01-15')).toBe('due');
  });

  it('before each financial year: due in February and March without the coming year, overdue once it has begun', () => {
    expect(status('before-financial-year', { financialYears: ['2025/26'] }, '2026-01-31')).toBe('up-to-date');
    expect(status('before-financial-year', { financialYears: ['2025/26'] }, '2026-02-01')).toBe('due');
    expect(status('before-financial-year', { financialYears: ['2025/26', '2026/27'] }, '2026-03-31')).toBe(
      'up-to-date',
    );
    expect(status('before-financial-year', { financialYears: ['2025/26'] }, '2026-04-01')).toBe('overdue');
  });

  it('within 56 days: overdue when a response is past its day 56, due while one is awaited', () => {
    expect(status('within-56-days', { late: 1, awaiting: 2 }, '2026-12-02')).toBe('overdue');
    expect(dutyStatus('within-56-days', { awaiting: 2 }, '2026-12-02')).toEqual({
      status: 'due',
      why: '2 responses are awaited within 56 days.',
    });
    expect(status('within-56-days', {}, '2026-12-02')).toBe('up-to-date');
  });

  it('each year: due once a year has ended without its report, overdue once a second has', () => {
    expect(status('annually', { financialYears: ['2025/26'] }, '2026-12-02')).toBe('up-to-date');
    expect(status('annually', { financialYears: ['2024/25'] }, '2026-12-02')).toBe('due');
    expect(status('annually', { financialYears: ['2023/24'] }, '2026-12-02')).toBe('overdue');
    // On 31 March the year has not yet ended.
    expect(status('annually', { financialYears: ['2024/25'] }, '2026-03-31')).toBe('up-to-date');
  });

  it('as soon as practicable: due while something is known to be waiting, and never overdue', () => {
    expect(status('as-soon-as-practicable', { latest: '2015-01-29' }, '2026-12-02')).toBe('up-to-date');
    expect(status('as-soon-as-practicable', { latest: '2026-11-01', awaiting: 1 }, '2026-12-02')).toBe('due');
    expect(status('as-soon-as-practicable', {}, '2026-12-02')).toBe('due');
  });
});
