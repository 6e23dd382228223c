import { describe, expect, it } from 'vitest';
import { compare, describeChange, formatValue, summariseSeries, targetStatus } from '../../../../src/lib/rules/metrics';

describe('summariseSeries', () => {
  const demand = [
    { period: '2022-04', value: 15684 },
    { period: '2022-05', value: 16377 },
    { period: '2023-04', value: 17176 },
    { period: '2023-05', value: 20087 },
  ];
  it('compares the latest month with the month before and the same month a year earlier', () => {
    const summary = summariseSeries(demand, 'month');
    expect(summary.latest.period).toBe('2023-05');
    expect(summary.previous?.from.period).toBe('2023-04');
    expect(summary.yearEarlier?.from.period).toBe('2022-05');
    // The source paper prints +22.7% on May 2022.
    expect(summary.yearEarlier?.percent?.toFixed(1)).toBe('22.7');
  });
  it('compares across a gap with the last published value', () => {
    const summary = summariseSeries(
      [
        { period: '2018-07', value: 1762 },
        { period: '2023-07', value: 2252 },
      ],
      'month',
    );
    expect(summary.previous?.from.period).toBe('2018-07');
    expect(summary.previous?.percent?.toFixed(1)).toBe('27.8');
    expect(summary.yearEarlier).toBeUndefined();
  });

  it('leaves out comparisons when there is only one value', () => {
    const summary = summariseSeries([{ period: '2021/22', value: 3.4 }], 'financial-year');
    expect(summary.previous).toBeUndefined();
    expect(summary.yearEarlier).toBeUndefined();
  });
  it('does not report the previous year twice for yearly series', () => {
    const summary = summariseSeries(
      [
        { period: '2021/22', value: 20382 },
        { period: '2022/23', value: 19348 },
      ],
      'financial-year',
    );
    expect(summary.previous?.from.period).toBe('2021/22');
    expect(summary.yearEarlier).toBeUndefined();
  });
});

describe('describeChange', () => {
  it('uses per cent for counts', () => {
    expect(describeChange(compare({ period: 'a', value: 16377 }, { period: 'b', value: 20087 }), 'count')).toBe(
      'up 22.7%',
    );
  });
  it('uses percentage points for percentages', () => {
    expect(describeChange(compare({ period: 'a', value: 8.9 }, { period: 'b', value: 7.6 }), 'percent')).toBe(
      'down 1.3 percentage points',
    );
  });
  it('says when nothing changed', () => {
    expect(describeChange(compare({ period: 'a', value: 5 }, { period: 'b', value: 5 }), 'count')).toBe('no change');
  });
});

describe('formatValue and targetStatus', () => {
  it('formats each unit', () => {
    expect(formatValue(86.7, 'percent')).toBe('86.7%');
    expect(formatValue(5, 'percent')).toBe('5%');
    expect(formatValue(160000, 'currency')).toBe('£160,000');
    expect(formatValue(1, 'minutes')).toBe('1 minute');
    expect(formatValue(35, 'days')).toBe('35 days');
  });
  it('states status against a target in words', () => {
    expect(targetStatus(3.4, 8, 'higher-is-better')).toBe('below target');
    expect(targetStatus(9, 8, 'higher-is-better')).toBe('better than target');
    expect(targetStatus(4, 5, 'lower-is-better')).toBe('better than target');
    expect(targetStatus(8, 8, 'higher-is-better')).toBe('on target');
    expect(targetStatus(3, undefined, 'higher-is-better')).toBeUndefined();
  });
});
