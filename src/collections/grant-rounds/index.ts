/** Rounds of the grant schemes and their awards. */
import { type CollectionDefinition, PAGES, type EntryOf, summaryOrReason } from '../definition';
import { grantRoundDatasets } from './data';
import { financialYearOf, placeholder, slugOf, titleOf } from '../starter';
import { AWARD_PUBLIC_WHEN_WITHHELD, GRANT_ROUND_PUBLIC_WHEN_WITHHELD, grantRoundSchema } from './schema';

export const grantRounds = {
  folder: 'grant-rounds',
  extensions: PAGES,
  schema: grantRoundSchema,
  copyFields: ['title', 'financialYear', 'round'],
  withholding: [
    { what: 'a grant round', path: '', publicFields: GRANT_ROUND_PUBLIC_WHEN_WITHHELD },
    { what: 'a grant award', path: 'awards[].', publicFields: AWARD_PUBLIC_WHEN_WITHHELD },
  ],
  // Published at /grants/ since launch: a round is one call for bids in a grant scheme.
  route: '/grants/',
  entryLabel: 'Grant round',
  pages: {
    list: 'src/collections/grant-rounds/ListPage.astro',
    entry: 'src/collections/grant-rounds/EntryPage.astro',
  },
  registers: [{ href: '/grants/', label: 'Grants', description: 'community safety grants, round by round', order: 60 }],
  feed: {
    // Its address was published before the register was called grant rounds.
    id: 'grants',
    title: 'Grant rounds',
    item: (g: EntryOf<typeof grantRoundSchema>) => ({
      title: g.data.title,
      description: summaryOrReason(g.data),
      // A round is news when it opens; one with no opening date is dated to the start of its financial year.
      date: (!g.data.withheld && g.data.opens) || `${g.data.financialYear.slice(0, 4)}-04-01`,
    }),
  },
  datasets: grantRoundDatasets,
  starter: {
    name: 'grant-round',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        scheme: 'Community Safety Grants',
        title: titleOf(options),
        financialYear: financialYearOf(options.date),
        status: 'planned',
        summary: placeholder('one sentence about the round.'),
      },
      body: placeholder('what the round is for and how to apply.'),
    }),
  },
  compare: (a: EntryOf<typeof grantRoundSchema>, b: EntryOf<typeof grantRoundSchema>) =>
    // Newest financial year first, then its rounds in order.
    b.data.financialYear.localeCompare(a.data.financialYear) ||
    (a.data.round ?? 0) - (b.data.round ?? 0) ||
    a.id.localeCompare(b.id),
} as const satisfies CollectionDefinition;
