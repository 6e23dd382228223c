/**
 * Wires each content folder to its loader and schema; nothing else.
 */
import { defineCollection } from 'astro:content';
import { contentDir } from './config/paths';
import { contentLoader } from './lib/content-loader';
import { COLLECTIONS } from './schemas';

const loaderFor = (name: keyof typeof COLLECTIONS) =>
  contentLoader(`${contentDir}/${COLLECTIONS[name].folder}`, COLLECTIONS[name].extensions);

export const collections = {
  bodies: defineCollection({ loader: loaderFor('bodies'), schema: COLLECTIONS.bodies.schema }),
  meetings: defineCollection({ loader: loaderFor('meetings'), schema: COLLECTIONS.meetings.schema }),
  decisions: defineCollection({ loader: loaderFor('decisions'), schema: COLLECTIONS.decisions.schema }),
  'annual-reports': defineCollection({
    loader: loaderFor('annual-reports'),
    schema: COLLECTIONS['annual-reports'].schema,
  }),
  'grant-rounds': defineCollection({ loader: loaderFor('grant-rounds'), schema: COLLECTIONS['grant-rounds'].schema }),
  hmicfrs: defineCollection({ loader: loaderFor('hmicfrs'), schema: COLLECTIONS.hmicfrs.schema }),
  metrics: defineCollection({ loader: loaderFor('metrics'), schema: COLLECTIONS.metrics.schema }),
};
