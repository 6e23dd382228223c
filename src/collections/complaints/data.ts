/** What complaints information gives open data: every figure, one row each, as a number. */
import type { DataContext, EntryOf } from '../definition';
import { type Dataset, dataset, f } from '../../lib/syndication/dataset';
import type { complaintsSchema } from './schema';

export function complaintsDatasets(
  entries: readonly EntryOf<typeof complaintsSchema>[],
  context: DataContext,
): Dataset[] {
  return [
    dataset(
      'complaints-figures',
      'Complaints figures',
      'Every complaints figure published here, one row each, as the source paper prints it.',
      [
        f('record', 'string', 'Identifier of the record the figure belongs to'),
        f('url', 'string', "The record's page on this portal"),
        f('subject', 'string', 'force-complaints, commissioner-reviews or police-perpetrated-vawg'),
        f('period', 'string', 'The period the figure covers, as the paper gives it'),
        f('period_end', 'string', 'Last day (YYYY-MM-DD) or month (YYYY-MM) of that period'),
        f('group', 'string', 'The table the figure is shown in on the page'),
        f('figure', 'string', 'What is counted, as the paper words it'),
        f('value', 'number', 'The figure'),
        f('unit', 'string', 'count, percent, working-days or days'),
        f('comparison', 'string', 'What the comparison figure is for, e.g. England and Wales'),
        f('comparison_value', 'number', 'The comparison figure, in the same unit'),
        f('note', 'string', 'What a reader needs to read the figure right'),
        f('source', 'string', 'The paper the figure comes from'),
      ],
      entries.flatMap((e) =>
        e.data.figures.map((figure) => ({
          record: e.id,
          url: context.url(e.id),
          subject: e.data.subject,
          period: e.data.period,
          period_end: e.data.periodEnd,
          group: figure.group ?? null,
          figure: figure.label,
          value: figure.value,
          unit: figure.unit,
          comparison: figure.comparison?.label ?? null,
          comparison_value: figure.comparison?.value ?? null,
          note: figure.note ?? null,
          source: e.data.sources.map((s) => [s.title, s.location].filter(Boolean).join(', ')).join('; '),
        })),
      ),
    ),
  ];
}
