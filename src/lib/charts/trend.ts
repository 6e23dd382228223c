/**
 * The state of a trend chart as plain data: labels, datasets, target and
 * baseline lines, caveat markers, and the reason there is no chart when there
 * is too little data. Built and tested without a DOM; the TrendChart
 * component hands it to Chart.js.
 */
import type { MetricData, Unit } from '../../schemas/metrics';
import { formatPeriod, periodIndex } from '../periods';

/** Colours chosen for at least 3:1 contrast on white; lines also differ by dash and point shape. */
export const CHART_STYLES = {
  series: { colour: '#1d4f91', dash: [] as number[], point: 'circle' },
  comparison: { colour: '#a4440c', dash: [6, 4], point: 'triangle' },
  target: { colour: '#3a3a3a', dash: [2, 3], point: false },
  baseline: { colour: '#6b6b6b', dash: [10, 4, 2, 4], point: false },
} as const;

export type DatasetKind = keyof typeof CHART_STYLES;

export interface TrendDataset {
  kind: DatasetKind;
  label: string;
  /** One value per label; null where the series has no value. */
  data: (number | null)[];
}

export interface TrendChartModel {
  metricId: string;
  unit: Unit;
  /** Period labels along the x axis, oldest first. */
  labels: string[];
  datasets: TrendDataset[];
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

  const datasets: TrendDataset[] = [
    { kind: 'series', label: metric.shortTitle ?? metric.title, data: along(metric.series) },
  ];
  for (const comparison of metric.comparisons) {
    datasets.push({ kind: 'comparison', label: comparison.label, data: along(comparison.series) });
  }
  if (metric.target) {
    datasets.push({
      kind: 'target',
      label: metric.target.label ?? 'Target',
      data: periods.map(() => metric.target!.value),
    });
  }
  if (metric.baseline) {
    datasets.push({
      kind: 'baseline',
      label: `Baseline (${formatPeriod(metric.periodType, metric.baseline.period)})`,
      data: periods.map(() => metric.baseline!.value),
    });
  }

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

  return { metricId: id, unit: metric.unit, labels, datasets, markers, emptyReason };
}
