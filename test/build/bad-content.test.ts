/**
 * Bad frontmatter in any collection stops the build with a message naming the
 * file and the field, and every problem is listed at once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZOD_PHRASES } from '../../src/domain/friendly-errors';
import { buildSite, type BuildResult } from '../support/build';

let work: string;
let build: BuildResult;

/** Replaces one line of a fixture file. */
function edit(file: string, from: string | RegExp, to: string) {
  const path = join(work, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-bad-'));
  cpSync('test/fixtures/withheld-site', work, { recursive: true });
  // One mistake in each collection, of the kinds comms staff make.
  edit('meetings/board-2024-01-10.md', 'date: 2024-01-10', 'date: 2024-02-30');
  edit('decisions/2024-01-11-published.md', 'maker: board', 'maker: chief-constable');
  edit('annual-reports/2023-24.md', 'status: draft', 'status: published');
  edit('grant-rounds/grants-2023-24-round-1.md', 'pot: 100000', 'pot: £100,000');
  edit('hmicfrs/peel-2023.md', 'inspectionType: peel', 'inspectionType: peal');
  edit('metrics/calls.yaml', 'value: 120', 'value: 120%');
  edit('bodies/governance-board.md', 'access: open-and-closed', 'access: sometimes');
  build = buildSite(work);
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(build.outDir), { recursive: true, force: true });
});

describe('a build with bad content', () => {
  it('fails', () => {
    expect(build.status).not.toBe(0);
  });

  it('speaks to content editors, not developers: no stack trace', () => {
    expect(build.output).not.toMatch(/Stack trace|at .*\.(ts|js):\d+/);
  });

  it("stops through Astro's own error, saying how many problems there are and what to do", () => {
    expect(build.output).toMatch(/\[Content check\] The content has \d+ problems, so nothing was built\./);
    expect(build.output).toContain('Fix each problem listed above in the file and line named, then build again');
  });

  it('publishes nothing', () => {
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('uses none of the wording of the libraries underneath', () => {
    for (const phrase of ZOD_PHRASES) expect(build.output).not.toMatch(phrase);
  });

  it.each([
    [
      'meetings/board-2024-01-10.md',
      'date',
      '"2024-02-30" is not a real date  ->  check the day and month, and write it as YYYY-MM-DD',
    ],
    [
      'decisions/2024-01-11-published.md',
      'maker',
      '"chief-constable" is not an allowed value  ->  use one of: pcc, board, panel',
    ],
    ['annual-reports/2023-24.md', 'status', '"published" is not an allowed value  ->  use one of: draft, final'],
    [
      'grant-rounds/grants-2023-24-round-1.md',
      'pot',
      'must be a number of pounds, not "£100,000"  ->  write it without the £ sign or commas',
    ],
    [
      'hmicfrs/peel-2023.md',
      'inspectionType',
      '"peal" is not an allowed value  ->  did you mean "peel"? Use one of: peel, thematic',
    ],
    [
      'metrics/calls.yaml',
      'series[1].value',
      'must be a plain number, not "120%"  ->  write it without %, £ or commas',
    ],
    ['bodies/governance-board.md', 'access', '"sometimes" is not an allowed value  ->  use one of: public, private'],
  ])('names %s, the line and the field %s, with the fix', (file, field, message) => {
    const line = build.output
      .split('\n')
      .find((l) => new RegExp(`${file.replace('.', '\\.')}:\\d+  ${field.replace(/[[\]]/g, '\\$&')}  `).test(l));
    expect(line, `no message for ${file} ${field} in:\n${build.output}`).toBeDefined();
    expect(line).toContain(message);
  });
});
