/**
 * Wires each content folder to its loader and schema; nothing else.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/paths';
import { annualReportSchema } from './schemas/annual-reports';
import { bodySchema } from './schemas/bodies';
import { decisionSchema } from './schemas/decisions';
import { grantRoundSchema } from './schemas/grant-rounds';
import { hmicfrsSchema } from './schemas/hmicfrs';
import { meetingSchema } from './schemas/meetings';
import { metricSchema } from './schemas/metrics';

const pages = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${folder}` });

export const collections = {
  bodies: defineCollection({ loader: pages('bodies'), schema: bodySchema }),
  meetings: defineCollection({ loader: pages('meetings'), schema: meetingSchema }),
  decisions: defineCollection({ loader: pages('decisions'), schema: decisionSchema }),
  'annual-reports': defineCollection({ loader: pages('annual-reports'), schema: annualReportSchema }),
  'grant-rounds': defineCollection({ loader: pages('grant-rounds'), schema: grantRoundSchema }),
  hmicfrs: defineCollection({ loader: pages('hmicfrs'), schema: hmicfrsSchema }),
  metrics: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/metrics` }),
    schema: metricSchema,
  }),
};
