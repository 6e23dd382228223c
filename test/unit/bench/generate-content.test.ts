import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent, seededRandom } from '../../../scripts/bench/generate-content';
import { loadSiteConfig } from '../../../src/lib/content/site';
import { checkContent } from '../../../src/lib/checks';
import { formatIssue } from '../../../src/lib/checks/report';

describe('synthetic content for the bench', () => {
  it('is the same for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('passes every content check, in the proportions asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-gen-'));
    try {
      const counts = generateContent(dir, 200, 1);
      const { entries, issues } = checkContent(
        dir,
        loadSiteConfig().themes.map((t) => t.id),
      );
      expect(issues.filter((issue) => issue.severity === 'error').map(formatIssue)).toEqual([]);
      const files = ['meetings', 'decisions', 'grant-rounds', 'hmicfrs', 'metrics', 'annual-reports', 'bodies'].reduce(
        (n, folder) => n + readdirSync(join(dir, folder)).length,
        0,
      );
      expect(files).toBe(counts.entries);
      expect(entries.meetings.length).toBe(80);
      expect(counts.agendaItems / entries.meetings.length).toBeGreaterThanOrEqual(10);
      expect(readFileSync(join(dir, 'meetings', 'm-00000.md'), 'utf8')).toMatch(/^---\n/);
      generateContent(join(dir, 'again'), 200, 1);
      expect(readFileSync(join(dir, 'again', 'meetings', 'm-00001.md'), 'utf8')).toBe(
        readFileSync(join(dir, 'meetings', 'm-00001.md'), 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
