/**
 * Every kind of record the portal publishes, listed once. The content
 * check, the Astro collections, the guide, navigation and tests iterate over
 * this list; each kind's own folder holds its schema and what is known about it.
 * To add a kind of record, see docs/adding-a-kind-of-record.md.
 */
import { annualReports } from './annual-reports';
import { bodies } from './bodies';
import { commissioning } from './commissioning';
import { complaints } from './complaints';
import { contracts } from './contracts';
import { custodyVisiting } from './custody-visiting';
import { budgets } from './budgets';
import { decisions } from './decisions';
import { grantRounds } from './grant-rounds';
import { hmicfrs } from './hmicfrs';
import { meetings } from './meetings';
import { metrics } from './metrics';
import { nationalPriorities } from './national-priorities';
import { officeHolders } from './office-holders';
import { policies } from './policies';
import { spending } from './spending';
import { staff } from './staff';
import type { CollectionDefinition, Register } from './definition';

export type { CollectionDefinition, Register } from './definition';

/** Keyed by folder, which is also the Astro collection's name. */
export const COLLECTIONS = {
  bodies,
  meetings,
  decisions,
  'annual-reports': annualReports,
  'grant-rounds': grantRounds,
  hmicfrs,
  metrics,
  budgets,
  spending,
  commissioning,
  complaints,
  'custody-visiting': custodyVisiting,
  contracts,
  'office-holders': officeHolders,
  staff,
  policies,
  'national-priorities': nationalPriorities,
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Every register, in header order: the main navigation. */
export const REGISTERS: readonly Register[] = Object.values(COLLECTIONS)
  .flatMap((collection: CollectionDefinition) => collection.registers)
  .sort((a, b) => a.order - b.order);

/**
 * The address of an entry's page: its kind's route and its id. Every link to
 * an entry is made here, so that a kind's route is written once, in its
 * definition.
 *
 * @example entryPath('grant-rounds', 'community-grants-2023-24') // => "/grants/community-grants-2023-24/"
 */
export function entryPath(name: CollectionName, id: string): string {
  return `${COLLECTIONS[name].route}${id}/`;
}
