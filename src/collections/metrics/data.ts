/** What performance measures give open data: every figure of every measure, one row each. */
import type { EntryOf } from '../definition';
import { type Dataset, dataset, f } from '../../lib/syndication/dataset';
import { FIGURE_KIND_MEANINGS, FIGURE_KINDS, metricFigures } from '../../lib/syndication/metric-data';
import type { metricSchema } from './schema';

export function metricDatasets(entries: readonly EntryOf<typeof metricSchema>[]): Dataset[] {
  const metrics = dataset(
    'metrics',
    'Performance measures',
    'Every figure of every performance measure, as its page shows them: one row per value, comparison, target and baseline.',
    [
      f('metric_id', 'string', 'Measure'),
      f('title', 'string', 'Measure title'),
      f('unit', 'string', 'percent, count, currency, minutes or days'),
      f('period_type', 'string', 'month, quarter, financial-year, calendar-year or rolling-12-months'),
      f(
        'figure_kind',
        'string',
        `What the figure is: ${FIGURE_KINDS.map((kind) => `${kind} (${FIGURE_KIND_MEANINGS[kind]})`).join('; ')}`,
      ),
      f('series', 'string', "Which line it belongs to: the measure's title, a comparison, or the target or baseline"),
      f('period', 'string', 'Period, e.g. 2023-05 or 2022/23; empty for a target the source gives no period for'),
      f('value', 'number', 'Value in the unit'),
      f('qualifier', 'string', 'about, more-than or less-than, when the source qualifies the value'),
      f('note', 'string', 'Note on the value'),
      f('published_change_1_year_pct', 'number', 'Change on a year earlier in per cent, as the source prints it'),
      f('published_change_2_years_pct', 'number', 'Change on two years earlier in per cent, as the source prints it'),
      f('published_change_3_years_pct', 'number', 'Change on three years earlier in per cent, as the source prints it'),
      f('source', 'string', 'Source document'),
      f('source_location', 'string', 'Where in the source document the figures are'),
    ],
    entries.flatMap((m) =>
      metricFigures(m.data).map((figure) => ({
        metric_id: m.id,
        title: m.data.title,
        unit: m.data.unit,
        period_type: m.data.periodType,
        figure_kind: figure.kind,
        series: figure.series,
        period: figure.period,
        value: figure.value,
        qualifier: figure.qualifier,
        note: figure.note,
        published_change_1_year_pct: figure.changes?.oneYear ?? null,
        published_change_2_years_pct: figure.changes?.twoYears ?? null,
        published_change_3_years_pct: figure.changes?.threeYears ?? null,
        source: m.data.source.title,
        source_location: m.data.source.location ?? null,
      })),
    ),
  );
  return [metrics];
}
