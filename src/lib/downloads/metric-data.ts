/**
 * Downloads behind every chart: the series as CSV (one row per period) and as
 * JSON with a metadata block saying what the numbers are, where they come
 * from, the licence and how to cite them.
 */
import { stringify } from 'csv-stringify/sync';
import type { SiteConfig } from '../../schemas/site';
import type { MetricData } from '../../schemas/metrics';
import { formatPeriod } from '../periods';

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

/** Column name for a comparison series, e.g. "DVPOs granted" => "comparison_dvpos_granted". */
function comparisonColumn(label: string): string {
  return `comparison_${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

/** One flat row per period: the value, its qualifier and note, comparisons and any published changes. */
export function metricRows(metric: MetricData): Record<string, string | number | null>[] {
  const hasChanges = metric.series.some((p) => p.changesAsPublished);
  return metric.series.map((point) => {
    const row: Record<string, string | number | null> = {
      period: point.period,
      period_label: formatPeriod(metric.periodType, point.period),
      value: point.value,
      unit: metric.unit,
      qualifier: point.qualifier ?? null,
      note: point.note ?? null,
    };
    for (const comparison of metric.comparisons) {
      row[comparisonColumn(comparison.label)] = comparison.series.find((p) => p.period === point.period)?.value ?? null;
    }
    if (hasChanges) {
      row.published_change_1_year_pct = point.changesAsPublished?.oneYear ?? null;
      row.published_change_2_years_pct = point.changesAsPublished?.twoYears ?? null;
      row.published_change_3_years_pct = point.changesAsPublished?.threeYears ?? null;
    }
    return row;
  });
}

/**
 * The series as CSV with a header row; empty cells where there is no value.
 *
 * @example toMetricCsv(metric).split('\n')[0] // => "period,period_label,value,unit,qualifier,note"
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
    comparisons: metric.comparisons.map((c) => c.label),
    caveats: metric.caveats,
    source: metric.source,
    publisher: site.office.name,
    licence: LICENCE,
    citation: citation(id, metric, site),
    page: `${site.url}/performance/${id}/`,
  };
  return `${JSON.stringify({ metadata, data: metricRows(metric) }, null, 2)}\n`;
}
