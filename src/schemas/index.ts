/**
 * Every collection's folder, file pattern and schema in one place, for the
 * content checks and tests that read files without running Astro.
 */
import type { z } from 'zod';
import { annualReportSchema } from './annual-reports';
import { bodySchema } from './bodies';
import { decisionSchema } from './decisions';
import { grantRoundSchema } from './grant-rounds';
import { hmicfrsSchema } from './hmicfrs';
import { meetingSchema } from './meetings';
import { metricSchema } from './metrics';

export interface CollectionDefinition {
  /** Folder under the content directory. */
  folder: string;
  /** File extensions it holds. */
  extensions: readonly string[];
  schema: z.ZodType;
  /** Fields that together say "the same record": an entry repeating another's is reported as a likely copy. */
  copyFields: readonly string[];
}

const pages = ['.md', '.mdx'] as const;

export const COLLECTIONS = {
  bodies: { folder: 'bodies', extensions: pages, schema: bodySchema, copyFields: ['name'] },
  meetings: {
    folder: 'meetings',
    extensions: pages,
    schema: meetingSchema,
    copyFields: ['body', 'date', 'meetingType', 'title', 'startTime'],
  },
  decisions: { folder: 'decisions', extensions: pages, schema: decisionSchema, copyFields: ['title', 'date'] },
  'annual-reports': {
    folder: 'annual-reports',
    extensions: pages,
    schema: annualReportSchema,
    copyFields: ['title', 'financialYear'],
  },
  'grant-rounds': {
    folder: 'grant-rounds',
    extensions: pages,
    schema: grantRoundSchema,
    copyFields: ['title', 'financialYear', 'round'],
  },
  hmicfrs: { folder: 'hmicfrs', extensions: pages, schema: hmicfrsSchema, copyFields: ['title', 'published'] },
  metrics: { folder: 'metrics', extensions: ['.yaml', '.yml'], schema: metricSchema, copyFields: ['title'] },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
