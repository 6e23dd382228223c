/**
 * Keeps the search records bundle of the last build in the build cache, under
 * a digest of the records and Pagefind's version, so that a rebuild whose
 * records are exactly the same (a change to a meeting's summary changes no
 * action) copies it instead of indexing 10,000 records again: the same input
 * gives the same bundle. Only the latest is kept.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KeptBundle } from '../../src/lib/search/indexer';
import type { CustomRecord } from '../../src/lib/search/records';

const pagefindVersion = (): string => {
  const manifest = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
};

/** What a bundle was built from, as the name it is kept under. */
export function recordsDigest(records: readonly CustomRecord[], version: string = pagefindVersion()): string {
  return createHash('sha256')
    .update(JSON.stringify([version, records]))
    .digest('hex')
    .slice(0, 32);
}

export function keptRecordsBundle(cacheDir: string): KeptBundle {
  const folder = join(cacheDir, 'search-records');
  return {
    restore: (records, into) => {
      const kept = join(folder, recordsDigest(records));
      if (!existsSync(kept)) return false;
      cpSync(kept, into, { recursive: true });
      return true;
    },
    keep: (records, from) => {
      // Copied beside the cache first, so that a stopped build never leaves half a bundle under a digest.
      const partial = `${folder}.partial-${process.pid}`;
      cpSync(from, join(partial, recordsDigest(records)), { recursive: true });
      rmSync(folder, { recursive: true, force: true });
      renameSync(partial, folder);
    },
  };
}
