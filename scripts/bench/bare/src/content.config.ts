import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.PORTAL_CONTENT_DIR ?? '../../../content';
const pages = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/${folder}` }) });

export const collections = {
  bodies: pages('bodies'),
  meetings: pages('meetings'),
  decisions: pages('decisions'),
  annualReports: pages('annual-reports'),
  grantRounds: pages('grant-rounds'),
  hmicfrs: pages('hmicfrs'),
  metrics: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${base}/metrics` }) }),
};
