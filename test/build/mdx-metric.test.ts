/**
 * Content that embeds a metric which does not exist stops the build, naming
 * the file, the line and the id.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';

let work: string;
let build: BuildResult;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-mdx-'));
  cpSync('test/fixtures/withheld-site', work, { recursive: true });
  writeFileSync(
    join(work, 'meetings/board-2024-03-13.mdx'),
    [
      '---',
      'body: governance-board',
      'date: 2024-03-13',
      'summary: The Board looked at call handling.',
      '---',
      '',
      'Calls rose again.',
      '',
      '<TrendChart metric="calls" from="2023-12" />',
      '',
      '<Metric id="999-cals" />',
      '',
    ].join('\n'),
  );
  build = buildSite(work, { PORTAL_CONTENT_DIR: work });
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(build.outDir), { recursive: true, force: true });
});

describe('an MDX file that embeds an unknown metric', () => {
  it('stops the build', () => {
    expect(build.status).not.toBe(0);
  });

  it('names the file, the line and the id, and lists the metrics there are', () => {
    expect(build.output).toContain(
      'board-2024-03-13.mdx:11  (body)  No metric "999-cals"  ->  use the file name (without .yaml) of a file in content/metrics/, one of: calls',
    );
  });
});
