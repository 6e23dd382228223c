/**
 * What HMICFRS reports give open data: one row per report with the
 * Commissioner's response and the 56-day duty, and one per recommendation.
 */
import type { DataContext, EntryOf } from '../definition';
import { responseDueDate, responseTimeliness } from '../../lib/rules/hmicfrs';
import { type Dataset, dataset, f, VISIBILITY, visibility } from '../../lib/syndication/dataset';
import type { hmicfrsSchema } from './schema';

export function hmicfrsDatasets(entries: readonly EntryOf<typeof hmicfrsSchema>[], context: DataContext): Dataset[] {
  const hmicfrs = dataset(
    'hmicfrs',
    'HMICFRS reports and responses',
    "One row per inspection report, with the Commissioner's response and the 56-day duty.",
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'Page on this portal'),
      f('title', 'string', 'Report title'),
      f('inspection_type', 'string', 'peel, thematic, force, super-complaint, regional or joint'),
      f('published', 'date', 'Date HMICFRS published the report'),
      f('response_due', 'date', 'Published date + 55 days (day 56, counting publication day as day 1)'),
      f('response_published', 'date', "Date the Commissioner's response was published"),
      f('response_year', 'string', 'Financial year of the response, where the exact date is not known'),
      f(
        'timeliness',
        'string',
        'on-time or late (from the dates, or as a public paper reports it); not-recorded when neither is known',
      ),
      f('timeliness_basis', 'string', 'dates when worked out from the two dates; reported when a paper states it'),
      f('timeliness_source', 'string', 'The paper that reports the timeliness, when it is not worked out from dates'),
      f('days_late', 'integer', 'Days after the due date, when late'),
      f('recommendations', 'integer', 'Number of recommendations and areas for improvement'),
      ...VISIBILITY,
    ],
    entries.map((h) => {
      const d = h.data;
      const responded = d.withheld ? undefined : d.responsePublished;
      const timeliness = responseTimeliness(d.published, responded, d.reportedTimeliness);
      const reported = timeliness.kind === 'reported' ? timeliness : undefined;
      const known = reported ? reported.status : timeliness.kind;
      return {
        id: h.id,
        url: context.url(h.id),
        title: d.title,
        inspection_type: d.inspectionType,
        published: d.published ?? null,
        response_due: d.published ? responseDueDate(d.published) : null,
        response_published: responded ?? null,
        response_year: d.responseYear ?? null,
        timeliness: known === 'on-time' || known === 'late' ? known : 'not-recorded',
        timeliness_basis: reported ? 'reported' : known === 'on-time' || known === 'late' ? 'dates' : null,
        timeliness_source: reported
          ? [reported.source.title, reported.source.location].filter(Boolean).join(', ')
          : null,
        days_late: timeliness.kind === 'late' ? timeliness.daysLate : null,
        recommendations: d.withheld ? null : d.recommendations.length,
        ...visibility(d),
      };
    }),
  );

  const recommendations = dataset(
    'hmicfrs-recommendations',
    'HMICFRS recommendations and areas for improvement',
    'One row per recommendation or area for improvement, with its status.',
    [
      f('report_id', 'string', 'Inspection report'),
      f('id', 'string', 'Identifier within the report'),
      f('url', 'string', 'The recommendation on the report page'),
      f('kind', 'string', 'recommendation, area-for-improvement or cause-of-concern'),
      f('text', 'string', 'The recommendation'),
      f('status', 'string', 'open, in-progress, complete, superseded or not-accepted'),
      f('owner', 'string', 'Who leads on it'),
      f('latest_update_date', 'date', 'Date of the latest update'),
      f('latest_update', 'string', 'Latest update'),
      ...VISIBILITY,
    ],
    entries.flatMap((h) =>
      h.data.withheld
        ? []
        : h.data.recommendations.map((r) => ({
            report_id: h.id,
            id: r.id,
            url: context.url(h.id, `rec-${r.id}`),
            kind: r.kind,
            status: r.status,
            ...(r.withheld
              ? {}
              : {
                  text: r.text,
                  owner: r.owner ?? null,
                  latest_update_date: r.latestUpdate?.date ?? null,
                  latest_update: r.latestUpdate?.text ?? null,
                }),
            ...visibility(r),
          })),
    ),
  );
  return [hmicfrs, recommendations];
}
