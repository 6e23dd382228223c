/**
 * The one-sentence takeaway for a metric, computed from its values: the latest
 * figure, how it changed, whether it is a high or low point of the series, and
 * where it stands against any target.
 */
import type { MetricData } from '../../collections/metrics/schema';
import { describeChange, formatValue, summariseSeries, targetStatus } from './metrics';
import { formatPeriod, type PeriodType } from './periods';

const PERIOD_NOUNS: Record<PeriodType, string> = {
  month: 'month',
  quarter: 'quarter',
  'financial-year': 'year',
  'calendar-year': 'year',
  'rolling-12-months': 'period',
};

/** "about 80%" / "more than 86%" for qualified values. */
function qualified(value: string, qualifier: 'about' | 'more-than' | 'less-than' | undefined): string {
  if (!qualifier) return value;
  return `${{ about: 'about', 'more-than': 'more than', 'less-than': 'less than' }[qualifier]} ${value}`;
}

/**
 * @example
 * takeaway(metric999) // => "20,087 in May 2023: up 22.7% on May 2022, and the highest month in this series."
 */
export function takeaway(metric: MetricData): string {
  const { latest, previous, yearEarlier } = summariseSeries(metric.series, metric.periodType);
  const when = formatPeriod(metric.periodType, latest.period);
  const value = qualified(formatValue(latest.value, metric.unit), latest.qualifier);
  const clauses: string[] = [];

  const change = yearEarlier ?? previous;
  if (change)
    clauses.push(`${describeChange(change, metric.unit)} on ${formatPeriod(metric.periodType, change.from.period)}`);

  const values = metric.series.map((p) => p.value);
  if (values.length >= 3) {
    const noun = PERIOD_NOUNS[metric.periodType];
    if (latest.value === Math.max(...values) && values.filter((v) => v === latest.value).length === 1) {
      clauses.push(`the highest ${noun} in this series`);
    } else if (latest.value === Math.min(...values) && values.filter((v) => v === latest.value).length === 1) {
      clauses.push(`the lowest ${noun} in this series`);
    }
  }

  const status = targetStatus(latest.value, metric.target?.value, metric.direction);
  if (metric.target && status) {
    const target = formatValue(metric.target.value, metric.unit);
    clauses.push(
      status === 'on target' ? `on the ${target} target` : `${status.replace(' target', '')} the ${target} target`,
    );
  }

  if (clauses.length === 0) return `${capitalise(value)} in ${when}.`;
  const last = clauses.length > 1 ? `, and ${clauses.pop()!}` : '';
  return `${capitalise(value)} in ${when}: ${clauses.join(', ')}${last}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
