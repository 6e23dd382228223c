/** What decisions give open data: one row per decision; a withheld one keeps its identifying fields and reason. */
import type { DataContext, EntryOf } from '../definition';
import { precisionOf } from '../../lib/rules/format';
import { type Dataset, dataset, f, VISIBILITY, visibility } from '../../lib/syndication/dataset';
import type { decisionSchema } from './schema';

export function decisionDatasets(entries: readonly EntryOf<typeof decisionSchema>[], context: DataContext): Dataset[] {
  const decisions = dataset(
    'decisions',
    'Decisions',
    'One row per decision of significant public interest.',
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'Page on this portal'),
      f('reference', 'string', "The office's own decision number, where it has one"),
      f('date', 'string', 'Date of the decision, YYYY-MM-DD, or YYYY-MM when the papers give only the month'),
      f('date_precision', 'string', 'day, or month when the papers give only the month'),
      f('maker', 'string', 'pcc, board or panel'),
      f('body', 'string', 'Board or panel, where one took it'),
      f('title', 'string', 'What was decided'),
      f('outcome', 'string', 'approved, adopted, agreed, supported, rejected or vetoed'),
      f('summary', 'string', 'Plain-English summary'),
      f('amount_gbp', 'number', 'Money committed, in pounds'),
      f('funding_source', 'string', 'Where the money comes from'),
      f('significant_public_interest', 'boolean', 'A decision of significant public interest'),
      f('meeting_id', 'string', 'Meeting where it was taken'),
      f('exempt_part_reason', 'string', 'Why part of it is withheld, if any part is'),
      ...VISIBILITY,
    ],
    entries.map((d) => ({
      id: d.id,
      url: context.url(d.id),
      reference: d.data.reference ?? null,
      date: d.data.date,
      date_precision: precisionOf(d.data.date),
      maker: d.data.maker,
      body: context.bodyName(d.data.body),
      title: d.data.title,
      meeting_id: d.data.meeting ?? null,
      ...(d.data.withheld
        ? {}
        : {
            outcome: d.data.outcome,
            summary: d.data.summary,
            amount_gbp: d.data.amount ?? null,
            funding_source: d.data.fundingSource ?? null,
            significant_public_interest: d.data.significantPublicInterest,
            exempt_part_reason: d.data.exemptPart?.reason ?? null,
          }),
      ...visibility(d.data),
    })),
  );
  return [decisions];
}
