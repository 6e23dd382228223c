/**
 * The facet table is written from the bundle Pagefind really wrote: every
 * result's id is the one Pagefind's search gives it, with its own filters,
 * and a bundle restored from the cache gets a table made afresh.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFacetTable } from '../../scripts/lib/facet-table';
import { FACETS_FILE, facetsOf, type FacetTable } from '../../src/lib/search/facets';
import { writeSearchIndex } from '../../src/lib/search/indexer';
import type { CustomRecord } from '../../src/lib/search/records';

const record = (n: number, filters: Record<string, string[]>): CustomRecord => ({
  url: `/meetings/cgb-2023-03-20/#action-${n}`,
  content: `Action ${n}: report back on the estates strategy.`,
  language: 'en',
  meta: { title: `Action ${n}` },
  filters,
  sort: { date: '2023-03-20' },
});

const records = [
  record(1, { type: ['Action'], status: ['Open'], year: ['2023'] }),
  record(2, { type: ['Action'], status: ['Complete'], year: ['2023'] }),
  record(3, { type: ['HMICFRS recommendation'], theme: ['Victims', 'Finance'] }),
];

const tableOf = (folder: string) => facetsOf(JSON.parse(readFileSync(join(folder, FACETS_FILE), 'utf8')) as FacetTable);

describe('the facet table of a search bundle', () => {
  it('holds every fragment Pagefind wrote, by its id, with the filters it was given', async () => {
    const site = mkdtempSync(join(tmpdir(), 'facet-table-'));
    try {
      await writeSearchIndex(site, records, { complete: writeFacetTable });
      const folder = join(site, 'pagefind-records');
      const ids = readdirSync(join(folder, 'fragment')).map((name) => name.replace(/\.pf_fragment$/, ''));
      expect(ids).toHaveLength(3);
      const facets = tableOf(folder);
      expect(ids.map((id) => facets.of(id)?.type?.[0]).sort()).toEqual(['Action', 'Action', 'HMICFRS recommendation']);
      expect(facets.totals).toEqual({
        type: { Action: 2, 'HMICFRS recommendation': 1 },
        status: { Open: 1, Complete: 1 },
        year: { '2023': 2 },
        theme: { Victims: 1, Finance: 1 },
      });
      // The word the search page warms Pagefind up with: all of these words are in every result, and it
      // is the first of them in alphabetical order.
      const table = JSON.parse(readFileSync(join(folder, FACETS_FILE), 'utf8')) as FacetTable;
      expect(table.warmUpWord).toBe('action');
      // The pages bundle (no pages here) has its table too, so the search page can load both.
      expect(existsSync(join(site, 'pagefind', FACETS_FILE))).toBe(true);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }, 60_000);

  it('is made afresh for a bundle restored from the cache', async () => {
    const site = mkdtempSync(join(tmpdir(), 'facet-table-'));
    const restored: string[] = [];
    try {
      await writeSearchIndex(site, records, {
        complete: writeFacetTable,
        kept: {
          restore: (_records, into) => {
            restored.push(into);
            return false;
          },
          keep: (_records, from) => {
            // Kept before the table is written: a later build never restores a table made by other code.
            expect(existsSync(join(from, FACETS_FILE))).toBe(false);
          },
        },
      });
      expect(restored).toHaveLength(1);
      expect(existsSync(join(site, 'pagefind-records', FACETS_FILE))).toBe(true);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }, 60_000);
});
