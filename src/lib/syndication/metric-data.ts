/**
 * Downloads behind every chart: every figure the page shows (values,
 * comparisons, target and baseline, each row saying which kind it is) as CSV,
 * and as JSON with a metadata block saying what the numbers are, where they
 * come from, the licence and how to cite them.
 */
import { stringify } from 'csv-stringify/sync';
import type { SiteConfig } from '../../schemas/site';
import type { MetricData } from '../../collections/metrics/schema';
import { formatPeriod } from '../rules/periods';

export const LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/**
 * The address of a metric's download.
 *
 * @example metricDownloadPath('999-calls', 'csv') // => "/performance/999-calls.csv"
 */
export function metricDownloadPath(id: string, format: 'csv' | 'json'): string {
  return `/performance/${id}.${format}`;
}

/**
 * What a figure is. `value`: the measure's own series. `comparator`: the same
 * measure elsewhere (e.g. England and Wales). `related-series`: another count
 * from the same source shown alongside (e.g. DVPOs granted). `target` and
 * `baseline`: the levels the measure is judged against.
 */
export const FIGURE_KINDS = ['value', 'comparator', 'related-series', 'target', 'baseline'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** What each `figure_kind` means, for the JSON metadata and the open data field descriptions. */
export const FIGURE_KIND_MEANINGS: Record<FigureKind, string> = {
  value: "the measure's own published value",
  comparator: 'the same measure for another area or group, e.g. England and Wales',
  'related-series': 'another figure from the same source table, shown alongside',
  target: 'the target the measure is judged against',
  baseline: 'the starting point a target is measured from',
};

/** One figure a metric page shows, whatever its kind. */
export interface MetricFigure {
  kind: FigureKind;
  /** Which line it belongs to: the measure's title, a comparison's label, or the target's or baseline's. */
  series: string;
  /** Its period; null for a target the source gives no period for. */
  period: string | null;
  value: number;
  qualifier: string | null;
  note: string | null;
  /** Percentage changes as the source prints them (values only). */
  changes: { oneYear: number | null; twoYears: number | null; threeYears: number | null } | null;
}

/**
 * Every figure of a metric, as the page shows them: its values, then each
 * comparison's values, then the target and baseline.
 *
 * @example metricFigures(rape).map((f) => f.kind) // => ["value", "target", "baseline"]
 */
export function metricFigures(metric: MetricData): MetricFigure[] {
  const point = (kind: FigureKind, series: string) => (p: MetricData['series'][number]) => ({
    kind,
    series,
    period: p.period,
    value: p.value,
    qualifier: p.qualifier ?? null,
    note: p.note ?? null,
    changes: p.changesAsPublished
      ? {
          oneYear: p.changesAsPublished.oneYear ?? null,
          twoYears: p.changesAsPublished.twoYears ?? null,
          threeYears: p.changesAsPublished.threeYears ?? null,
        }
      : null,
  });
  const level = (kind: FigureKind, series: string, value: number, period: string | undefined) => ({
    kind,
    series,
    period: period ?? null,
    value,
    qualifier: null,
    note: null,
    changes: null,
  });
  return [
    ...metric.series.map(point('value', metric.title)),
    ...metric.comparisons.flatMap((c) => c.series.map(point(c.kind, c.label))),
    ...(metric.target
      ? [level('target', metric.target.label ?? 'Target', metric.target.value, metric.target.period)]
      : []),
    ...(metric.baseline
      ? [level('baseline', metric.baseline.label ?? 'Baseline', metric.baseline.value, metric.baseline.period)]
      : []),
  ];
}

/** One flat row per figure: its kind and line, period, value, qualifier and note, and any published changes. */
export function metricRows(metric: MetricData): Record<string, string | number | null>[] {
  const hasChanges = metric.series.some((p) => p.changesAsPublished);
  return metricFigures(metric).map((figure) => {
    const row: Record<string, string | number | null> = {
      figure_kind: figure.kind,
      series: figure.series,
      period: figure.period,
      period_label: figure.period === null ? null : formatPeriod(metric.periodType, figure.period),
      value: figure.value,
      unit: metric.unit,
      qualifier: figure.qualifier,
      note: figure.note,
    };
    if (hasChanges) {
      row.published_change_1_year_pct = figure.changes?.oneYear ?? null;
      row.published_change_2_years_pct = figure.changes?.twoYears ?? null;
      row.published_change_3_years_pct = figure.changes?.threeYears ?? null;
    }
    return row;
  });
}

/**
 * Every figure as CSV with a header row; empty cells where there is no value.
 *
 * @example toMetricCsv(metric).split('\n')[0] // => "figure_kind,series,period,period_label,value,unit,qualifier,note"
 */
export function toMetricCsv(metric: MetricData): string {
  // escape_formulas: a text cell that a spreadsheet would run as a formula starts with ' instead (see datasetCsv).
  return stringify(metricRows(metric), { header: true, cast: { number: String }, escape_formulas: true });
}

/** How to cite the series, in one sentence. */
export function citation(id: string, metric: MetricData, site: SiteConfig): string {
  return `${site.office.name}, "${metric.title}", data to ${metric.dataTo}, ${site.url}/performance/${id}/ (source: ${metric.source.title}).`;
}

/** The series as JSON, with everything a reuser needs to understand it. */
export function toMetricJson(id: string, metric: MetricData, site: SiteConfig): string {
  const metadata = {
    id,
    title: metric.title,
    definition: metric.definition,
    unit: metric.unit,
    direction: metric.direction,
    periodType: metric.periodType,
    dataTo: metric.dataTo,
    target: metric.target ?? null,
    baseline: metric.baseline ?? null,
    comparisons: metric.comparisons.map((c) => ({ label: c.label, kind: c.kind })),
    figureKinds: FIGURE_KIND_MEANINGS,
    caveats: metric.caveats,
    source: metric.source,
    publisher: site.office.name,
    licence: LICENCE,
    citation: citation(id, metric, site),
    page: `${site.url}/performance/${id}/`,
  };
  return `${JSON.stringify({ metadata, data: metricRows(metric) }, null, 2)}\n`;
}
