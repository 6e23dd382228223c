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
}

const pages = ['.md', '.mdx'] as const;

export const COLLECTIONS = {
  bodies: { folder: 'bodies', extensions: pages, schema: bodySchema },
  meetings: { folder: 'meetings', extensions: pages, schema: meetingSchema },
  decisions: { folder: 'decisions', extensions: pages, schema: decisionSchema },
  'annual-reports': { folder: 'annual-reports', extensions: pages, schema: annualReportSchema },
  'grant-rounds': { folder: 'grant-rounds', extensions: pages, schema: grantRoundSchema },
  hmicfrs: { folder: 'hmicfrs', extensions: pages, schema: hmicfrsSchema },
  metrics: { folder: 'metrics', extensions: ['.yaml', '.yml'], schema: metricSchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof COLLECTIONS;
