/**
 * The content check reads again only the files that changed since the last
 * build, and finds exactly what it finds without its cache: the same entries,
 * the same problems on the same lines, and a new mistake as soon as it is made.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type FileResult } from '../../../../src/lib/checks';
import { fileResultCache } from '../../../../src/lib/content/check-cache';
import { loadSiteConfig } from '../../../../src/lib/content/site-config';

const themes = loadSiteConfig().themes.map((t) => t.id);
const today = '2026-12-01';

function copyOfContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'check-cache-')), 'content');
  cpSync('content', dir, { recursive: true });
  // Two mistakes the check must keep reporting when the files are unchanged.
  cpSync('test/fixtures/mistakes/01-misspelt-visibility-on-a-decision/decisions', join(dir, 'decisions'), {
    recursive: true,
  });
  cpSync('test/fixtures/mistakes/02-misspelt-visibility-on-an-action/meetings', join(dir, 'meetings'), {
    recursive: true,
  });
  return dir;
}

describe('the content check with its cache', () => {
  it('finds what it finds without one, from a cache of the last check', () => {
    const dir = copyOfContent();
    const store = join(dir, '..', 'content-check.json');
    const uncached = checkContent(dir, themes, { today });
    expect(uncached.issues.some((issue) => issue.severity === 'error')).toBe(true);

    const first = fileResultCache<FileResult>(store);
    expect(checkContent(dir, themes, { today, cache: first })).toEqual(uncached);
    first.save();

    const second = fileResultCache<FileResult>(store);
    expect(checkContent(dir, themes, { today, cache: second })).toEqual(uncached);
    // Taken from the cache, not checked again.
    const unchanged = join(dir, 'decisions', '2015-01-29-precept-2015-16.md');
    expect(second.lookup(unchanged, JSON.stringify(['decisions', [], today])).value).toBeDefined();
  });

  it('keeps a warning nobody has read without finding its line, and finds the same line when it is read', () => {
    const dir = copyOfContent();
    // Warnings whose lines are found only when read: a meeting "held" and a decision made after the check's date.
    for (const mistake of ['45-held-meeting-in-the-future', '46-decision-in-the-future'])
      cpSync(`test/fixtures/mistakes/${mistake}`, dir, { recursive: true });
    const before = '2025-01-01'; // The date the check is asked about: before both.
    const store = join(dir, '..', 'content-check.json');
    const uncached = checkContent(dir, themes, { today: before });
    const first = fileResultCache<FileResult>(store);
    checkContent(dir, themes, { today: before, cache: first });
    first.save(); // As the build does: it counts the warnings, reads none of them.
    const kept = Object.values(JSON.parse(readFileSync(store, 'utf8')) as Record<string, FileResult>).flatMap(
      (result) => result.issues as (FileResult['issues'][number] & { lineAt?: unknown })[],
    );
    expect(kept.filter((issue) => issue.lineAt !== undefined).length).toBeGreaterThan(0);
    expect(kept.filter((issue) => issue.lineAt !== undefined && issue.line !== undefined)).toEqual([]);
    expect(checkContent(dir, themes, { today: before, cache: fileResultCache<FileResult>(store) })).toEqual(uncached);
  });

  it('checks a changed file again, and reuses only unchanged ones', () => {
    const dir = copyOfContent();
    const store = join(dir, '..', 'content-check.json');
    const first = fileResultCache<FileResult>(store);
    checkContent(dir, themes, { today, cache: first });
    first.save();

    const file = join(dir, 'decisions', '2023-03-20-estates-strategy.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2023-02-30'));
    const cache = fileResultCache<FileResult>(store);
    const result = checkContent(dir, themes, { today, cache });
    expect(result).toEqual(checkContent(dir, themes, { today }));
    expect(result.issues).toContainEqual(
      expect.objectContaining({ file: expect.stringContaining('2023-03-20-estates-strategy.md') as string, field: 'date' }),
    );
    expect(cache.lookup(file, JSON.stringify(['decisions', [], today])).value).toBeUndefined();
  });

  it('asks again when the question changes: another date', () => {
    const dir = copyOfContent();
    const store = join(dir, '..', 'content-check.json');
    const first = fileResultCache<FileResult>(store);
    checkContent(dir, themes, { today, cache: first });
    first.save();
    const later = fileResultCache<FileResult>(store);
    expect(checkContent(dir, themes, { today: '2030-01-01', cache: later })).toEqual(
      checkContent(dir, themes, { today: '2030-01-01' }),
    );
  });
});
