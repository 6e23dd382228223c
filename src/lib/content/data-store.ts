/**
 * Astro keeps every entry's parsed data between builds (its content layer's
 * data store, in the cache folder) and parses again only the files whose bytes
 * changed. It throws the store away when content.config.ts changes, but not
 * when the schemas it imports do: after a change to a schema, an unchanged
 * file would keep the data the old schema made, so a field a new rule
 * withholds would still be published. So after any change to the portal's
 * code (code-digest.ts), the store is removed before Astro reads it, and every
 * entry is parsed again by the code that builds the pages.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDigest } from './code-digest';

/** Astro's name for its store, in the cache folder (`astro build`) or .astro/ (`astro dev`). */
export const DATA_STORE_FILE = 'data-store.json';
/** The code the store in a folder was made by, beside it. */
const MADE_BY = 'data-store-code.txt';

/** Removes the data store in `folder` unless the current code made it; true when it was removed. */
export function dropDataStoreOfOtherCode(folder: string, code: string = codeDigest()): boolean {
  const store = join(folder, DATA_STORE_FILE);
  const madeBy = join(folder, MADE_BY);
  const same = existsSync(madeBy) && readFileSync(madeBy, 'utf8') === code;
  const dropped = !same && existsSync(store);
  if (dropped) rmSync(store);
  if (!same) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(madeBy, code);
  }
  return dropped;
}
