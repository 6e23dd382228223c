/**
 * The value (y) axis of a metric, worked out once from every figure the metric
 * has, so that the same series is drawn on the same scale wherever it appears:
 * the metric page, a `<TrendChart from="…">` embed showing only recent periods,
 * and the sparkline on a dashboard card. Every axis starts at zero, so a
 * change is never made to look bigger than it is.
 */
import type { MetricData, Unit } from '../../../collections/metrics/schema';
import { formatNumber } from '../../rules/format';
import type { PeriodType } from '../../rules/periods';

export interface AxisTick {
  value: number;
  /** The tick as printed beside the axis, e.g. "20,000", "60%" or "£4m". */
  label: string;
}

export interface ValueAxis {
  min: number;
  max: number;
  /** Distance between ticks, in the metric's unit. */
  step: number;
  ticks: AxisTick[];
  /** Axis title naming the unit, e.g. "Per cent (%)". */
  title: string;
}

/** Gaps between ticks: few enough to read on a phone, enough to read a value off. */
const MIN_GAPS = 3;
const MAX_GAPS = 6;

const UNIT_TITLES: Record<Unit, string> = {
  percent: 'Per cent (%)',
  count: 'Number',
  currency: 'Pounds (£)',
  minutes: 'Minutes',
  days: 'Days',
};

const PERIOD_TITLES: Record<PeriodType, string> = {
  month: 'Month',
  quarter: 'Quarter',
  'financial-year': 'Financial year (April to March)',
  'calendar-year': 'Year',
  'rolling-12-months': '12 months ending',
};

/**
 * The x axis title for a period type.
 *
 * @example periodAxisTitle('financial-year') // => "Financial year (April to March)"
 */
export function periodAxisTitle(periodType: PeriodType): string {
  return PERIOD_TITLES[periodType];
}

/**
 * A tick label in the metric's unit, short enough for a narrow axis.
 *
 * @example formatTick(20000, 'count') // => "20,000"
 * @example formatTick(4000000, 'currency') // => "£4m"
 */
export function formatTick(value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'currency':
      if (Math.abs(value) >= 1e6) return `£${formatNumber(value / 1e6)}m`;
      if (Math.abs(value) >= 1e3) return `£${formatNumber(value / 1e3)}k`;
      return `£${formatNumber(value)}`;
    default:
      return formatNumber(value);
  }
}

/**
 * A round step (1, 2, 2.5 or 5 times a power of ten) that splits `span` into
 * 3 to 6 gaps and wastes the least space above it; counts never get a
 * fractional step.
 *
 * @example niceStep(20087, 'count') // => 5000 (axis to 25,000, not 30,000)
 * @example niceStep(100, 'percent') // => 20
 */
export function niceStep(span: number, unit: Unit): number {
  if (span <= 0) return 1;
  const exponent = Math.floor(Math.log10(span));
  const candidates: number[] = [];
  for (let e = exponent - 2; e <= exponent; e++) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * 10 ** e;
      if (unit !== 'count' || Number.isInteger(step)) candidates.push(step);
    }
  }
  const fitting = candidates
    .map((step) => ({ step, gaps: Math.ceil(span / step - 1e-9), top: Math.ceil(span / step - 1e-9) * step }))
    .filter((c) => c.gaps >= MIN_GAPS && c.gaps <= MAX_GAPS)
    // Least space wasted; then steps of 1, 2 or 5 before 2.5; then fewer ticks.
    .sort((a, b) => a.top - b.top || Number(isQuarter(a.step)) - Number(isQuarter(b.step)) || b.step - a.step);
  return fitting[0]?.step ?? Math.max(1, candidates.find((step) => step >= span / MIN_GAPS) ?? span);
}

/** 2.5, 25, 0.25…: allowed, but read less easily than 2 or 5. */
function isQuarter(step: number): boolean {
  return String(step).replace(/[.0]/g, '') === '25';
}

/** Every value the chart of a metric draws: its series, comparisons, target and baseline. */
export function chartedValues(metric: MetricData): number[] {
  return [
    ...metric.series.map((p) => p.value),
    ...metric.comparisons.flatMap((c) => c.series.map((p) => p.value)),
    ...(metric.target ? [metric.target.value] : []),
    ...(metric.baseline ? [metric.baseline.value] : []),
  ];
}

/**
 * The y axis for a metric: from zero (or a round value below the lowest
 * negative figure) to the first round value at or above its highest figure,
 * over all of its periods whatever range a chart shows.
 *
 * @example valueAxis(metric999).max // => 25000 (highest value 20,087)
 * @example valueAxis(metric999).title // => "Number"
 */
export function valueAxis(
  metric: Pick<MetricData, 'unit' | 'series' | 'comparisons' | 'target' | 'baseline'>,
): ValueAxis {
  const values = chartedValues(metric as MetricData);
  const highest = Math.max(0, ...values);
  const lowest = Math.min(0, ...values);
  const step = niceStep(highest - lowest, metric.unit);
  // Decimal places of the step, so that 0.1 + 0.2 prints as 0.3.
  const places = Math.max(0, -Math.floor(Math.log10(step)));
  const round = (n: number) => Number(n.toFixed(places));
  const min = round(Math.floor(lowest / step) * step);
  let max = round(Math.ceil(highest / step) * step);
  if (max === min) max = round(min + step);
  // A percentage axis never runs past 100%.
  if (metric.unit === 'percent' && highest <= 100) max = Math.min(max, 100);
  const ticks: AxisTick[] = [];
  for (let i = 0; round(min + i * step) <= max; i++) {
    const value = round(min + i * step);
    ticks.push({ value, label: formatTick(value, metric.unit) });
  }
  return { min, max, step, ticks, title: UNIT_TITLES[metric.unit] };
}
