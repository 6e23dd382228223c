/**
 * Reading a metric's series: latest value, changes, and values formatted in
 * the metric's unit.
 */
import type { Unit } from '../../collections/metrics/schema';
import { formatNumber, formatPounds } from './format';
import { type PeriodType, PERIODS_PER_YEAR, shiftPeriod } from './periods';

export interface Point {
  period: string;
  value: number;
  note?: string | undefined;
  qualifier?: 'about' | 'more-than' | 'less-than' | undefined;
}

/**
 * A value in its unit.
 *
 * @example formatValue(86.7, 'percent') // => "86.7%"
 * @example formatValue(20087, 'count') // => "20,087"
 */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, Number.isInteger(value) ? 0 : 1)}%`;
    case 'currency':
      return formatPounds(value);
    case 'minutes':
      return `${formatNumber(value)} minute${value === 1 ? '' : 's'}`;
    case 'days':
      return `${formatNumber(value)} day${value === 1 ? '' : 's'}`;
    case 'count':
      return formatNumber(value);
  }
}

export interface Change {
  from: Point;
  /** Difference in the metric's unit (percentage points for percentages). */
  difference: number;
  /** Relative change in per cent, undefined when the earlier value is 0. */
  percent: number | undefined;
}

/**
 * Change from an earlier point to a later one.
 *
 * @example compare({ period: '2022-05', value: 16377 }, { period: '2023-05', value: 20087 }).percent // ≈ 22.65
 */
export function compare(from: Point, to: Point): Change {
  const difference = to.value - from.value;
  return { from, difference, percent: from.value === 0 ? undefined : (difference / from.value) * 100 };
}

/**
 * Latest value and its changes against the previous published value (the
 * period before, or the last one before a gap) and the same period a year
 * earlier, when that is a different value.
 *
 * @example summariseSeries([{ period: '2023-04', value: 10 }, { period: '2023-05', value: 12 }], 'month').previous?.difference // => 2
 */
export function summariseSeries(
  series: readonly Point[],
  periodType: PeriodType,
): { latest: Point; previous?: Change | undefined; yearEarlier?: Change | undefined } {
  const latest = series[series.length - 1];
  if (!latest) throw new Error('A metric needs at least one value');
  const prior = series[series.length - 2];
  const lastYearPeriod = shiftPeriod(periodType, latest.period, -PERIODS_PER_YEAR[periodType]);
  const lastYear = series.find((p) => p.period === lastYearPeriod);
  return {
    latest,
    previous: prior ? compare(prior, latest) : undefined,
    yearEarlier: lastYear && lastYear !== prior ? compare(lastYear, latest) : undefined,
  };
}

/**
 * A change in words, unit-aware: points for percentages, per cent otherwise.
 *
 * @example describeChange({ difference: 3710, percent: 22.65, from: … }, 'count') // => "up 22.7%"
 * @example describeChange({ difference: -1.3, percent: -14.6, from: … }, 'percent') // => "down 1.3 percentage points"
 */
export function describeChange(change: Change, unit: Unit): string {
  if (change.difference === 0) return 'no change';
  const direction = change.difference > 0 ? 'up' : 'down';
  const oneDecimal = (n: number) => Math.round(Math.abs(n) * 10) / 10;
  if (unit === 'percent') {
    const points = oneDecimal(change.difference);
    return `${direction} ${formatNumber(points)} percentage point${points === 1 ? '' : 's'}`;
  }
  if (change.percent === undefined) return `${direction} ${formatValue(Math.abs(change.difference), unit)}`;
  return `${direction} ${formatNumber(oneDecimal(change.percent))}%`;
}

/**
 * Status against a target, in words (never colour alone).
 *
 * @example targetStatus(3.4, 8, 'higher-is-better') // => "below target"
 */
export function targetStatus(
  value: number,
  target: number | undefined,
  direction: 'higher-is-better' | 'lower-is-better' | 'no-preference',
): string | undefined {
  if (target === undefined) return undefined;
  if (value === target) return 'on target';
  if (direction === 'no-preference') return value > target ? 'above target' : 'below target';
  const better = direction === 'higher-is-better' ? value > target : value < target;
  return better ? 'better than target' : direction === 'higher-is-better' ? 'below target' : 'above target';
}
