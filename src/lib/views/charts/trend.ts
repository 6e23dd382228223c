/**
 * The state of a trend chart as plain data: title, axes and their titles,
 * labels, datasets, target and baseline lines, the latest value written at
 * the end of the measure's line, a key (only when there are several lines),
 * caveat markers, the source line, and the reason there is no chart when
 * there is too little data. Built and tested without a DOM; the
 * TrendChart component hands it to Chart.js, which only draws it.
 */
import type { MetricData, Unit } from '../../../collections/metrics/schema';
import { formatValue } from '../../rules/metrics';
import { formatPeriod, periodIndex } from '../../rules/periods';
import { periodAxisTitle, type ValueAxis, valueAxis } from './axis';
import type { CHART_STYLES } from './draw';

export type DatasetKind = keyof typeof CHART_STYLES;

export interface TrendDataset {
  kind: DatasetKind;
  label: string;
  /** One value per label; null where the series has no value. */
  data: (number | null)[];
  /** Each value as written in the table, e.g. "20,087", for tooltips. */
  formatted: (string | null)[];
  /** The measure's own line only: its latest value, written on the chart at its last point. */
  directLabel?: { index: number; text: string } | undefined;
  /** When several lines share the chart: the line's entry in the key, with its latest value or level. */
  key?: string | undefined;
}

export interface TrendChartModel {
  metricId: string;
  unit: Unit;
  /** The chart's title: the measure and the periods shown, e.g. "999 calls received, March 2022 to May 2023". */
  title: string;
  /** Period labels along the x axis, oldest first. */
  labels: string[];
  /** The y axis: the same for this metric wherever it is drawn. */
  yAxis: ValueAxis;
  /** The x axis title, naming the period, e.g. "Month". */
  xTitle: string;
  datasets: TrendDataset[];
  /** A key is needed only when more than one line is drawn. */
  showLegend: boolean;
  /** "Source: …", printed under the chart. */
  source: string;
  /** Caveats that start at a period: drawn as numbered vertical lines. */
  markers: { index: number; label: string; text: string }[];
  /** Why no chart is drawn, when there is too little to draw. */
  emptyReason?: string | undefined;
}

/** Fewer points than this and a chart says nothing the sentence and table do not. */
export const MIN_POINTS_FOR_CHART = 2;

/**
 * Builds the chart model for a metric, optionally from a starting period.
 *
 * @example buildTrendChart('999-calls', metric, { from: '2022-04' }).labels[0] // => "Apr 2022"
 */
export function buildTrendChart(id: string, metric: MetricData, options: { from?: string } = {}): TrendChartModel {
  const start = options.from === undefined ? undefined : periodIndex(metric.periodType, options.from);
  const inRange = (period: string) => start === undefined || (periodIndex(metric.periodType, period) ?? 0) >= start;
  const periods = metric.series.map((p) => p.period).filter(inRange);
  const labels = periods.map((p) => formatPeriod(metric.periodType, p, 'short'));
  const along = (points: readonly { period: string; value: number }[]) =>
    periods.map((period) => points.find((p) => p.period === period)?.value ?? null);

  const lines: Omit<TrendDataset, 'formatted' | 'directLabel' | 'key'>[] = [
    { kind: 'series', label: metric.shortTitle ?? metric.title, data: along(metric.series) },
  ];
  for (const comparison of metric.comparisons) {
    lines.push({ kind: 'comparison', label: comparison.label, data: along(comparison.series) });
  }
  if (metric.target) {
    lines.push({
      kind: 'target',
      label: metric.target.label ?? 'Target',
      data: periods.map(() => metric.target!.value),
    });
  }
  if (metric.baseline) {
    lines.push({
      kind: 'baseline',
      label: `Baseline (${formatPeriod(metric.periodType, metric.baseline.period)})`,
      data: periods.map(() => metric.baseline!.value),
    });
  }
  const several = lines.length > 1;
  const datasets: TrendDataset[] = lines.map((line) => ({
    ...line,
    formatted: line.data.map((v) => (v === null ? null : formatValue(v, metric.unit))),
    directLabel: line.kind === 'series' ? directLabel(line, labels, metric.unit) : undefined,
    key: several ? keyEntry(line, labels, metric.unit) : undefined,
  }));

  const markers = metric.caveats
    .map((caveat, i) => ({ caveat, number: i + 1 }))
    .filter(({ caveat }) => caveat.from !== undefined && periods.includes(caveat.from))
    .map(({ caveat, number }) => ({
      index: periods.indexOf(caveat.from!),
      label: `Note ${number}`,
      text: caveat.text,
    }));

  const emptyReason =
    periods.length < MIN_POINTS_FOR_CHART
      ? periods.length === 0
        ? `No values from ${options.from ?? 'the start'} to chart.`
        : 'Only one value has been published, so there is no trend to chart yet.'
      : undefined;

  return {
    metricId: id,
    unit: metric.unit,
    title: chartTitle(metric.title, metric.periodType, periods),
    labels,
    yAxis: valueAxis(metric),
    xTitle: periodAxisTitle(metric.periodType),
    datasets,
    showLegend: several,
    source: sourceLine(metric),
    markers,
    emptyReason,
  };
}

/**
 * A chart title naming the measure and the periods it shows.
 *
 * @example chartTitle('999 calls received', 'month', ['2022-03', '2023-05']) // => "999 calls received, March 2022 to May 2023"
 */
export function chartTitle(title: string, periodType: MetricData['periodType'], periods: readonly string[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return title;
  const from = formatPeriod(periodType, first);
  return first === last ? `${title}, ${from}` : `${title}, ${from} to ${formatPeriod(periodType, last)}`;
}

/**
 * The latest value of a line and its period, e.g. "61.2% (Sep 2023)", and
 * where it is: the last period with a value.
 *
 * @example directLabel({ data: [60, 61.2] }, ['Aug 2023', 'Sep 2023'], 'percent') // => { index: 1, text: "61.2% (Sep 2023)" }
 */
export function directLabel(
  line: Pick<TrendDataset, 'data'>,
  labels: readonly string[],
  unit: Unit,
): TrendDataset['directLabel'] {
  const index = line.data.findLastIndex((v) => v !== null);
  const value = line.data[index];
  if (index < 0 || value == null) return undefined;
  return { index, text: `${formatValue(value, unit)} (${labels[index]})` };
}

/**
 * A line's entry in the key: its name and latest value, or a target's or baseline's level.
 *
 * @example keyEntry({ kind: 'comparison', label: 'DVPOs granted', data: [8, 16] }, ['Feb 2023', 'Mar 2023'], 'count') // => "DVPOs granted: 16 (Mar 2023)"
 * @example keyEntry({ kind: 'target', label: 'Force target', data: [8, 8] }, ['2021/22', '2022/23'], 'percent') // => "Force target: 8%"
 */
export function keyEntry(
  line: Pick<TrendDataset, 'kind' | 'label' | 'data'>,
  labels: readonly string[],
  unit: Unit,
): string {
  if (line.kind === 'target' || line.kind === 'baseline') {
    const level = line.data.find((v) => v !== null);
    return level == null ? line.label : `${line.label}: ${formatValue(level, unit)}`;
  }
  const latest = directLabel(line, labels, unit);
  return latest ? `${line.label}: ${latest.text}` : line.label;
}

/**
 * The source line printed under a chart, from the metric's source.
 *
 * @example sourceLine(metric999) // => "Source: Police and Crime Panel agenda pack, 9 October 2023, Item 10, …"
 */
export function sourceLine(metric: Pick<MetricData, 'source'>): string {
  const { title, location } = metric.source;
  return `Source: ${title}${location ? `, ${location}` : ''}`;
}
