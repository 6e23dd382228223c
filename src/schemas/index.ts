/**
 * Every collection's folder, file pattern and schema in one place, for the
 * content checks and tests that read files without running Astro.
 */
import type { z } from 'zod';
import { ANNUAL_REPORT_PUBLIC_WHEN_WITHHELD, annualReportSchema } from './annual-reports';
import { bodySchema } from './bodies';
import { DECISION_PUBLIC_WHEN_WITHHELD, decisionSchema } from './decisions';
import type { PublicWhenWithheld } from './fields';
import { AWARD_PUBLIC_WHEN_WITHHELD, GRANT_ROUND_PUBLIC_WHEN_WITHHELD, grantRoundSchema } from './grant-rounds';
import { HMICFRS_PUBLIC_WHEN_WITHHELD, hmicfrsSchema, RECOMMENDATION_PUBLIC_WHEN_WITHHELD } from './hmicfrs';
import {
  ACTION_PUBLIC_WHEN_WITHHELD,
  AGENDA_ITEM_PUBLIC_WHEN_WITHHELD,
  MEETING_PUBLIC_WHEN_WITHHELD,
  meetingSchema,
} from './meetings';
import { metricSchema } from './metrics';

export interface CollectionDefinition {
  /** Folder under the content directory. */
  folder: string;
  /** File extensions it holds. */
  extensions: readonly string[];
  schema: z.ZodType;
  /** Fields that together say "the same record": an entry repeating another's is reported as a likely copy. */
  copyFields: readonly string[];
  /** What may be withheld in this collection, and which of its fields stay public when it is (listed in CONTENT.md). */
  withholding?: readonly { what: string; path: string; publicFields: PublicWhenWithheld<string> }[];
}

const pages = ['.md', '.mdx'] as const;

export const COLLECTIONS = {
  bodies: { folder: 'bodies', extensions: pages, schema: bodySchema, copyFields: ['name'] },
  meetings: {
    folder: 'meetings',
    extensions: pages,
    schema: meetingSchema,
    copyFields: ['body', 'date', 'meetingType', 'title', 'startTime'],
    withholding: [
      { what: 'a meeting held wholly in private', path: '', publicFields: MEETING_PUBLIC_WHEN_WITHHELD },
      { what: 'an agenda item', path: 'agenda[].', publicFields: AGENDA_ITEM_PUBLIC_WHEN_WITHHELD },
      { what: 'an action', path: 'actions[].', publicFields: ACTION_PUBLIC_WHEN_WITHHELD },
    ],
  },
  decisions: {
    folder: 'decisions',
    extensions: pages,
    schema: decisionSchema,
    copyFields: ['title', 'date'],
    withholding: [{ what: 'a decision', path: '', publicFields: DECISION_PUBLIC_WHEN_WITHHELD }],
  },
  'annual-reports': {
    folder: 'annual-reports',
    extensions: pages,
    schema: annualReportSchema,
    copyFields: ['title', 'financialYear'],
    withholding: [{ what: 'an annual report', path: '', publicFields: ANNUAL_REPORT_PUBLIC_WHEN_WITHHELD }],
  },
  'grant-rounds': {
    folder: 'grant-rounds',
    extensions: pages,
    schema: grantRoundSchema,
    copyFields: ['title', 'financialYear', 'round'],
    withholding: [
      { what: 'a grant round', path: '', publicFields: GRANT_ROUND_PUBLIC_WHEN_WITHHELD },
      { what: 'a grant award', path: 'awards[].', publicFields: AWARD_PUBLIC_WHEN_WITHHELD },
    ],
  },
  hmicfrs: {
    folder: 'hmicfrs',
    extensions: pages,
    schema: hmicfrsSchema,
    copyFields: ['title', 'published'],
    withholding: [
      { what: 'an inspection report record', path: '', publicFields: HMICFRS_PUBLIC_WHEN_WITHHELD },
      { what: 'a recommendation', path: 'recommendations[].', publicFields: RECOMMENDATION_PUBLIC_WHEN_WITHHELD },
    ],
  },
  metrics: { folder: 'metrics', extensions: ['.yaml', '.yml'], schema: metricSchema, copyFields: ['title'] },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
