/**
 * The real content passes every check the build makes: each file against its
 * schema, and every reference between files. Failures list file and field.
 */
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/content/site';
import { contentDir } from '../../src/lib/content/paths';
import { checkContent } from '../../src/lib/checks';
import { formatIssue } from '../../src/lib/checks/report';
import { COLLECTIONS } from '../../src/collections';

const site = loadSiteConfig();
const { entries, issues } = checkContent(contentDir, site.themes.map((t) => t.id));
const problems = issues.filter((issue) => issue.severity === 'error').map(formatIssue);

describe('launch content', () => {
  it('has no schema or reference problems', () => {
    expect(problems.join('\n')).toBe('');
  });

  // The public papers this content is written from hold no item of these: their registers say what will appear.
  const NOTHING_IN_THE_PAPERS = ['spending', 'staff', 'policies', 'national-priorities'];

  it.each(Object.keys(COLLECTIONS).filter((name) => !NOTHING_IN_THE_PAPERS.includes(name)))(
    'has at least one %s entry',
    (name) => {
      expect(entries[name as keyof typeof COLLECTIONS].length).toBeGreaterThan(0);
    },
  );

  it.each(NOTHING_IN_THE_PAPERS)('invents no %s entry where the papers hold none', (name) => {
    expect(entries[name as keyof typeof COLLECTIONS]).toEqual([]);
  });

  it('has at least 30 entries across all collections', () => {
    const total = Object.values(entries).reduce((n, list) => n + list.length, 0);
    expect(total).toBeGreaterThanOrEqual(30);
  });
});
