/**
 * The shape of the portal's content as pages receive it, apart from the code
 * that loads it (`content.ts`), so that the modules that loader calls on, such
 * as the open data builder, can name it without importing the loader back.
 */
import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from '../../collections';
import type { TrackedAction } from '../rules/actions';

export type Body = CollectionEntry<'bodies'>;
export type Meeting = CollectionEntry<'meetings'>;
export type Decision = CollectionEntry<'decisions'>;
export type AnnualReport = CollectionEntry<'annual-reports'>;
export type GrantRound = CollectionEntry<'grant-rounds'>;
export type Hmicfrs = CollectionEntry<'hmicfrs'>;
export type Metric = CollectionEntry<'metrics'>;
export type PublishedMeeting = Meeting & { data: Extract<Meeting['data'], { withheld: false }> };

/** Every collection's entries, keyed by folder as in the registry, each in its kind's order (`compare`). */
export type Entries = { [Name in CollectionName]: CollectionEntry<Name>[] };

export interface Portal extends Entries {
  /** Every action of every published meeting with its history; withheld actions keep only owner, due and status. */
  actions: TrackedAction[];
  /** Look-ups built once, so that pages never scan whole collections (which grows as n² with thousands of entries). */
  meetingsById: Map<string, Meeting>;
  decisionsById: Map<string, Decision>;
  /** "Corporate Governance Board, 20 March 2023" for every meeting id. */
  meetingLabels: Map<string, string>;
  /** Actions by the meeting that raised them, and by each later meeting that reported on them. */
  actionsRaisedAt: Map<string, TrackedAction[]>;
  actionsUpdatedAt: Map<string, TrackedAction[]>;
}
