/** What grant rounds give open data: one row per round, and one per award with the reasons for it. */
import type { DataContext, EntryOf } from '../definition';
import { awardsState, totalAwarded } from '../../lib/rules/grants';
import { approximateColumns, type Dataset, dataset, f, VISIBILITY, visibility } from '../../lib/syndication/dataset';
import type { grantRoundSchema } from './schema';

export function grantRoundDatasets(
  entries: readonly EntryOf<typeof grantRoundSchema>[],
  context: DataContext,
): Dataset[] {
  const grantRounds = dataset(
    'grant-rounds',
    'Grant rounds',
    'One row per round of a grant scheme.',
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'Page on this portal'),
      f('scheme', 'string', 'Grant scheme'),
      f('title', 'string', 'Round'),
      f('financial_year', 'string', 'Financial year, e.g. 2023/24'),
      f('round', 'integer', 'Round number'),
      f('status', 'string', 'planned, open, assessing, awarded or closed'),
      f('status_as_at', 'string', 'Date of the paper that reported the status (YYYY-MM-DD, or YYYY-MM)'),
      f('pot_gbp', 'number', "The scheme's pot for the year, in pounds"),
      f('max_award_gbp', 'number', 'Largest award per project, in pounds'),
      f('opens', 'date', 'Applications open'),
      f('closes', 'date', 'Applications close'),
      f('applications', 'string', 'Applications received, as the source gives it'),
      f('awards', 'integer', 'Awards listed one by one in grant-awards; empty when the papers do not list them'),
      f('awarded_gbp', 'number', 'Total of the listed awards, in pounds; empty when the papers do not list them'),
      f('projects_funded', 'integer', 'Projects funded, as the papers report it when they do not list the awards'),
      f(
        'projects_funded_qualifier',
        'string',
        'more-than, about, at-least or fewer-than when the count is approximate',
      ),
      f(
        'amount_funded_gbp',
        'number',
        'Money awarded in all, as the papers report it when they do not list the awards',
      ),
      f('amount_funded_qualifier', 'string', 'more-than, about, at-least or fewer-than when the amount is approximate'),
      f('bids', 'integer', "Bids the office made to another funder's scheme"),
      f('bid_total_gbp', 'number', 'Total asked for in those bids, in pounds'),
      ...VISIBILITY,
    ],
    entries.map((g) => {
      const d = g.data;
      const count = d.withheld ? null : d.applicationsReceived;
      return {
        id: g.id,
        url: context.url(g.id),
        scheme: d.scheme,
        title: d.title,
        financial_year: d.financialYear,
        round: d.round ?? null,
        status: d.status,
        status_as_at: d.statusAsAt ?? null,
        ...(d.withheld
          ? {}
          : {
              pot_gbp: d.pot ?? null,
              max_award_gbp: d.maxAward ?? null,
              opens: d.opens ?? null,
              closes: d.closes ?? null,
              applications:
                count === null || count === undefined
                  ? null
                  : typeof count === 'number'
                    ? String(count)
                    : `${count.qualifier} ${count.value}`,
              // A round that made awards the papers do not list has unknown awards, not zero.
              ...(awardsState(d) === 'not-published'
                ? { awards: null, awarded_gbp: null }
                : { awards: d.awards.length, awarded_gbp: totalAwarded(d.awards) }),
              ...approximateColumns('projects_funded', d.reportedTotals?.projects),
              ...approximateColumns('amount_funded', d.reportedTotals?.amount, '_gbp'),
              bids: d.bids.length || null,
              bid_total_gbp: d.bids.length ? totalAwarded(d.bids) : null,
            }),
        ...visibility(d),
      };
    }),
  );

  const grantAwards = dataset(
    'grant-awards',
    'Grant awards',
    'One row per grant awarded, with the reasons for the award.',
    [
      f('round_id', 'string', 'Grant round'),
      f('recipient', 'string', 'Organisation funded'),
      f('project', 'string', 'Project funded'),
      f('amount_gbp', 'number', 'Amount awarded, in pounds'),
      f('purpose', 'string', 'What the money is for'),
      f('conditions', 'string', 'Conditions, separated by " | "'),
      f('reasons', 'string', 'Why the award was made'),
      f('area', 'string', 'Area that benefits'),
      f('theme', 'string', 'Police and Crime Plan theme id'),
      ...VISIBILITY,
    ],
    entries.flatMap((g) =>
      g.data.withheld
        ? []
        : g.data.awards.map((a) => ({
            round_id: g.id,
            amount_gbp: a.amount,
            area: a.area,
            ...(a.withheld
              ? {}
              : {
                  recipient: a.recipient,
                  project: a.project,
                  purpose: a.purpose,
                  conditions: a.conditions.join(' | ') || null,
                  reasons: a.reasons,
                  theme: a.theme ?? null,
                }),
            ...visibility(a),
          })),
    ),
  );
  return [grantRounds, grantAwards];
}
