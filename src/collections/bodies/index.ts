/** The boards and panels that meet in public. */
import { type CollectionDefinition, PAGES, byOrder } from '../definition';
import { bodySchema } from './schema';

export const bodies = {
  folder: 'bodies',
  extensions: PAGES,
  schema: bodySchema,
  copyFields: ['name'],
  route: '/bodies/',
  entryLabel: 'Board or panel',
  registers: [], // Bodies are listed on the meetings page and the home page, not in a register of their own.
  compare: byOrder,
} as const satisfies CollectionDefinition;
