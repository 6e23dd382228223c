/**
 * Wires each kind of record in the registry (src/collections) to its loader
 * and schema; nothing else.
 */
import { type BaseSchema, defineCollection } from 'astro:content';
import { contentDir } from './lib/content/paths';
import { contentLoader } from './lib/content/loader';
import { COLLECTIONS, type CollectionName } from './collections';

/** What defineCollection gives for a schema. */
type Defined<S> = S extends BaseSchema ? ReturnType<typeof defineCollection<S>> : never;
/** Spelt out per name, so that each collection keeps its own schema's types in Astro's generated types. */
type Collections = { [Name in CollectionName]: Defined<(typeof COLLECTIONS)[Name]['schema']> };

export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, { folder, extensions, schema }]) => [
    name,
    defineCollection({ loader: contentLoader(`${contentDir}/${folder}`, extensions), schema }),
  ]),
) as Collections;
