import { describe, expect, it } from 'vitest';
import type { ContentIssue } from '../../../../src/lib/checks/issue';
import { formatIssue, formatReport, githubAnnotation, issueLine } from '../../../../src/lib/checks/report';

const issue = (overrides: Partial<ContentIssue>): ContentIssue => ({
  file: 'a.md',
  line: 3,
  field: 'date',
  problem: '"2024-02-30" is not a real date',
  fix: 'write it as YYYY-MM-DD',
  severity: 'error',
  ...overrides,
});

describe('content check report', () => {
  it('writes file:line  field  problem  ->  fix, from the parts each check returns', () => {
    expect(issueLine(issue({}))).toBe('a.md:3  date  "2024-02-30" is not a real date  ->  write it as YYYY-MM-DD');
  });

  it('keeps a colon in the problem where it was written, since nothing is split', () => {
    const line = issueLine(issue({ problem: 'looks like a copy of b.md: both have the same title', fix: 'change it' }));
    expect(line).toBe('a.md:3  date  looks like a copy of b.md: both have the same title  ->  change it');
  });

  it('marks warnings, and leaves out the line when there is none', () => {
    expect(issueLine(issue({ line: undefined, severity: 'warning' }))).toBe(
      'a.md  warning  date  "2024-02-30" is not a real date  ->  write it as YYYY-MM-DD',
    );
  });

  it('has a one-line form for exceptions and tests', () => {
    expect(formatIssue(issue({}))).toBe('a.md:3: date: "2024-02-30" is not a real date: write it as YYYY-MM-DD');
  });

  it('groups by file in line order and counts', () => {
    const report = formatReport(
      [
        issue({ file: 'b.md', line: 9, field: 'x', problem: 'wrong', fix: 'mend' }),
        issue({ file: 'a.md', line: 5, field: 'y', problem: 'odd', fix: 'look', severity: 'warning' }),
        issue({ file: 'b.md', line: 2, field: 'z', problem: 'wrong', fix: 'mend' }),
      ],
      10,
    );
    expect(report.split('\n\n')).toEqual([
      'a.md:5  warning  y  odd  ->  look',
      'b.md:2  z  wrong  ->  mend\nb.md:9  x  wrong  ->  mend',
      '2 errors and 1 warning in 2 files (10 checked). Fix each error in the file and line named, then run "npm run check" again.',
    ]);
    expect(formatReport([], 4)).toBe('4 files checked: no errors.');
  });

  it('gives GitHub the problem as the title and the fix as the text, escaped', () => {
    expect(
      githubAnnotation(
        issue({ file: 'a,b.md', line: 1, field: 'x', problem: 'is 50%', fix: 'one\ntwo', severity: 'warning' }),
      ),
    ).toBe('::warning file=a%2Cb.md,line=1,title=x%3A is 50%25::How to fix: one%0Atwo');
  });
});
