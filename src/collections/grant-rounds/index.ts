/** Rounds of the grant schemes and their awards. */
import { type CollectionDefinition, PAGES, type EntryOf } from '../definition';
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
  registers: [{ href: '/grants/', label: 'Grants', description: 'community safety grants, round by round', order: 60 }],
  compare: (a: EntryOf<typeof grantRoundSchema>, b: EntryOf<typeof grantRoundSchema>) =>
    // Newest financial year first, then its rounds in order.
    b.data.financialYear.localeCompare(a.data.financialYear) ||
    (a.data.round ?? 0) - (b.data.round ?? 0) ||
    a.id.localeCompare(b.id),
} as const satisfies CollectionDefinition;
