import { describe, expect, it } from 'vitest';
import {
  financialYearOf,
  responseDueDate,
  responseTimeliness,
  timelinessByYear,
} from '../../../../src/lib/rules/hmicfrs';
import { percent } from '../../../../src/lib/rules/format';

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

describe('on-time record per year', () => {
  it('assigns responses to the financial year they were published in', () => {
    expect(financialYearOf('2023-03-31')).toBe('2022/23');
    expect(financialYearOf('2023-04-01')).toBe('2023/24');
  });

  it('counts on time, late and unknown from the dates alone', () => {
    expect(
      timelinessByYear([
        { published: '2022-12-01', responsePublished: '2023-01-25' },
        { published: '2022-12-01', responsePublished: '2023-01-26' },
        { responseYear: '2022/23' },
        { published: '2023-05-01', responsePublished: '2023-06-01' },
      ]),
    ).toEqual([
      { year: '2023/24', responses: 1, onTime: 1, late: 0, unknown: 0 },
      { year: '2022/23', responses: 3, onTime: 1, late: 1, unknown: 1 },
    ]);
  });
});

describe('timeliness a paper reports, when the dates are not recorded', () => {
  const boardSummary = { title: 'Corporate Governance Board report, April 2023', location: 'section 9' };

  it('uses the reported status when the response date is not recorded, keeping the due date', () => {
    expect(responseTimeliness('2022-12-01', undefined, { status: 'on-time', source: boardSummary })).toEqual({
      kind: 'reported',
      status: 'on-time',
      due: '2023-01-25',
      source: boardSummary,
    });
  });

  it('prefers the dates when both are recorded', () => {
    expect(responseTimeliness('2022-12-01', '2023-01-30', { status: 'on-time', source: boardSummary }).kind).toBe(
      'late',
    );
  });

  it('counts reported statuses in the year and carries the year as the annual report states it', () => {
    const annualReport = { title: 'Annual Report 2022/23', url: '/annual-reports/2022-23/' };
    const years = timelinessByYear(
      [
        {
          published: '2022-12-01',
          responseYear: '2022/23',
          reportedTimeliness: { status: 'on-time', source: boardSummary },
        },
        { responseYear: '2022/23' },
        { responseYear: '2022/23', reportedTimeliness: { status: 'late', source: boardSummary } },
      ],
      [{ year: '2022/23', responses: 7, onTime: 6, source: annualReport }],
    );
    expect(years).toEqual([
      {
        year: '2022/23',
        responses: 3,
        onTime: 1,
        late: 1,
        unknown: 1,
        reported: { year: '2022/23', responses: 7, onTime: 6, source: annualReport },
      },
    ]);
  });

  it('prints the share as the papers do', () => {
    expect(percent(6, 7)).toBe('86%');
    expect(percent(0, 0)).toBe('–');
  });
});
