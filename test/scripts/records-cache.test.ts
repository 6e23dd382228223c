/**
 * The search records bundle is reused only for exactly the records it was
 * built from: one changed record, or another Pagefind version, builds it again.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptRecordsBundle, recordsDigest } from '../../scripts/lib/records-cache';
import type { CustomRecord } from '../../src/lib/search/records';

const record = (title: string): CustomRecord => ({
  url: '/meetings/cgb-2023-03-20/#action-1',
  content: `${title}. Report back on the estates strategy.`,
  language: 'en',
  meta: { title },
  filters: { type: ['Action'] },
  sort: { date: '2023-03-20' },
});

describe('the kept search records bundle', () => {
  it('is restored for the same records, and not for changed ones', () => {
    const work = mkdtempSync(join(tmpdir(), 'records-cache-'));
    const built = join(work, 'built');
    mkdirSync(built);
    writeFileSync(join(built, 'pagefind-entry.json'), '{"version":"1"}');
    const kept = keptRecordsBundle(join(work, 'cache'));
    const records = [record('Estates update')];
    kept.keep(records, built);

    expect(kept.restore(records, join(work, 'again'))).toBe(true);
    expect(readFileSync(join(work, 'again', 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1"}');
    expect(kept.restore([record('Estates update, withheld')], join(work, 'changed'))).toBe(false);
    expect(kept.restore([], join(work, 'none'))).toBe(false);
  });

  it('is named by the records and the Pagefind version', () => {
    const records = [record('Estates update')];
    expect(recordsDigest(records, '1.6.0')).toBe(recordsDigest([record('Estates update')], '1.6.0'));
    expect(recordsDigest(records, '1.6.0')).not.toBe(recordsDigest(records, '1.6.1'));
    expect(recordsDigest(records, '1.6.0')).not.toBe(recordsDigest([record('Estates update.')], '1.6.0'));
  });
});
