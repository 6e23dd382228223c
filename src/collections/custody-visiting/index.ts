/** Independent custody visiting (Specified Information Order, paragraph 8). */
import { type CollectionDefinition, type EntryOf, newestFirst, PAGES } from '../definition';
import { formatApproximateCount } from '../../lib/rules/format';
import { placeholder, slugOf, titleOf } from '../starter';
import { custodyVisitingSchema } from './schema';

type Report = EntryOf<typeof custodyVisitingSchema>;

/** A count as a number in open data, when the paper gives it exactly ("over 157" stays words). */
const countOf = (count: Report['data']['visits']) => (typeof count === 'object' ? undefined : count);

export const custodyVisiting = {
  folder: 'custody-visiting',
  extensions: PAGES,
  schema: custodyVisitingSchema,
  copyFields: ['title', 'period'],
  route: '/custody-visiting/',
  entryLabel: 'Custody visiting',
  registers: [
    {
      href: '/custody-visiting/',
      label: 'Custody visiting',
      description: 'how independent volunteers check on people held in police custody',
      order: 47,
      inHeader: false,
    },
  ],
  compare: newestFirst<Report>((r) => r.data.periodEnd),
  starter: {
    name: 'custody-visiting',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        period: placeholder('the period the report covers'),
        periodEnd: options.date,
        published: options.date,
        summary: placeholder('what the scheme did, in a sentence or two.'),
        sources: [{ title: placeholder('the paper the figures come from') }],
      },
      body: placeholder('how the scheme works and what the visitors found.'),
    }),
  },
  display: {
    intro:
      'Independent custody visitors are volunteers from the community who make unannounced visits to police custody to check on the rights, welfare and dignity of the people held there, and report to the Commissioner. The law asks the Commissioner to publish how the scheme is run.',
    title: (r: Report) => r.data.title,
    date: (r: Report) => r.data.published,
    summary: (r: Report) => r.data.summary,
    facts: (r: Report) => {
      const { volunteers, visits, hoursVolunteered, scheduledVisitsMadePercent } = r.data;
      const count = (c: typeof visits) => (c === undefined ? undefined : formatApproximateCount(c));
      return [
        ['Period', r.data.period],
        ['Volunteers', count(volunteers), countOf(volunteers)],
        ['Visits', count(visits), countOf(visits)],
        ['Hours volunteered on visits', count(hoursVolunteered), countOf(hoursVolunteered)],
        [
          'Scheduled visits made',
          scheduledVisitsMadePercent === undefined ? undefined : `${scheduledVisitsMadePercent}%`,
          scheduledVisitsMadePercent,
        ],
      ];
    },
  },
} as const satisfies CollectionDefinition;
