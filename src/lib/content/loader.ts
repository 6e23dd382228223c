/**
 * The build's loader for every collection: Astro's glob loader, with three
 * rules of the portal's own (and, for CSV tables, a loader of its own).
 *
 * 1. Ids come from {@link entryIdOf}, the rule the content check uses, so the
 *    check and the build see the same entries (a file in a subfolder is
 *    checked like any other, and two files with one id are an error there).
 * 2. A withheld entry's body is never processed: its text is emptied before
 *    Astro renders it, and the stored entry keeps no body, rendered HTML,
 *    images or MDX module. So nothing inside it (an image, a link, a
 *    component) can produce output of any kind.
 * 3. A `slug` in the frontmatter cannot give an entry another address: the
 *    schemas reject the field, and the id ignores it.
 *
 * The glob loader is wrapped rather than copied so that Astro keeps doing
 * the rest (digests, caching, watching in `astro dev`).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readContentFolder } from './files';
import { entryIdOf } from './ids';

/** True unless the raw frontmatter says `visibility: official` or says nothing: anything else withholds, or fails the check. */
export function withheldInFrontmatter(data: unknown): boolean {
  if (!data || typeof data !== 'object' || !('visibility' in data)) return false;
  return data.visibility !== 'official';
}

interface EntryType {
  getEntryInfo: (params: {
    contents: string;
    fileUrl: URL;
  }) => Promise<{ data: Record<string, unknown>; body: string }>;
}

/** Entry types whose bodies come back empty for withheld entries, so they are never rendered. */
function withBodiesOfWithheldEmptied(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  return new Map(
    [...entryTypes].map(([ext, type]) => [
      ext,
      {
        ...type,
        getEntryInfo: async (params) => {
          const info = await type.getEntryInfo(params);
          return withheldInFrontmatter(info.data) ? { ...info, body: '' } : info;
        },
      },
    ]),
  );
}

type Store = LoaderContext['store'];

/**
 * Entry types that do not parse a file unchanged since the last build.
 * Astro's glob loader parses every file's front matter before it compares the
 * file with the entry it stored, because an id may come from a slug in it.
 * Ours come from the file name alone (rule 1), so for a file whose stored
 * entry has the same digest (the test the glob loader applies next), the data
 * returned here is never used: the loader keeps the stored entry. That parse
 * was about 2 s of a 5,000-entry rebuild. A new or changed file is parsed.
 */
export function skippingUnchanged(
  entryTypes: Map<string, EntryType>,
  store: Pick<Store, 'get'>,
  generateDigest: (data: string) => string,
): Map<string, EntryType> {
  return new Map(
    [...entryTypes].map(([ext, type]) => [
      ext,
      {
        ...type,
        getEntryInfo: (params) => {
          const stored = store.get(entryIdOf(fileURLToPath(params.fileUrl)));
          const unchanged = stored?.filePath && stored.digest === generateDigest(params.contents);
          return unchanged ? Promise.resolve({ data: {}, body: '' }) : type.getEntryInfo(params);
        },
      },
    ]),
  );
}

/** A store that keeps nothing of a withheld entry but its (already withheld) data. */
function storeKeepingOnlyDataOfWithheld(store: Store): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'set') return Reflect.get(target, property, receiver) as unknown;
      return (entry: Parameters<Store['set']>[0]) => {
        const withheld = (entry.data as { withheld?: unknown }).withheld === true;
        if (!withheld) return target.set(entry);
        return target.set({ id: entry.id, data: entry.data, filePath: entry.filePath, digest: entry.digest });
      };
    },
  });
}

/**
 * A loader for CSV files, which Astro's glob loader cannot read: each file is
 * read as the content check reads it (src/lib/content/files.ts), so the two
 * never see different rows, and checked against the collection's schema.
 */
function tableLoader(base: string): Loader {
  return {
    name: 'portal-tables',
    load: async (context) => {
      const { store, config } = context;
      store.clear();
      for (const file of readContentFolder(base, ['.csv']).files) {
        const raw = file.data as Record<string, unknown>;
        // Astro keeps paths relative to the project, as its glob loader does, even for a content folder outside it.
        const filePath = relative(fileURLToPath(config.root), resolve(file.path));
        const data = await context.parseData({ id: file.id, data: raw, filePath });
        store.set({ id: file.id, data, digest: context.generateDigest(JSON.stringify(raw)), filePath });
      }
    },
  };
}

/** A loader for the content files of one collection folder. */
export function contentLoader(base: string, extensions: readonly string[]): Loader {
  if (extensions.includes('.csv')) return tableLoader(base);
  const inner = glob({
    pattern: `**/*.{${extensions.map((ext) => ext.slice(1)).join(',')}}`,
    base,
    generateId: ({ entry }) => entryIdOf(entry),
  });
  return {
    name: 'portal-content',
    load: (context) => {
      // An office that publishes nothing of a kind yet has no folder for it: that is no entries, not a warning.
      if (!existsSync(base)) {
        context.store.clear();
        return Promise.resolve();
      }
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      return inner.load({
        ...context,
        store: storeKeepingOnlyDataOfWithheld(context.store),
        entryTypes: skippingUnchanged(
          withBodiesOfWithheldEmptied(entryTypes),
          context.store,
          (data) => context.generateDigest(data),
        ),
      } as LoaderContext);
    },
  };
}
