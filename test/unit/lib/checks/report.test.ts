import { describe, expect, it } from 'vitest';
import { formatReport, githubAnnotation, issueLine, splitFix } from '../../../../src/lib/checks/report';

describe('content check report', () => {
  it('splits the problem from the fix', () => {
    expect(splitFix('"2024-02-30" is not a real date: write it as YYYY-MM-DD')).toEqual({
      problem: '"2024-02-30" is not a real date',
      fix: 'write it as YYYY-MM-DD',
    });
    expect(splitFix('"x" is not a known meeting — use the file name')).toEqual({
      problem: '"x" is not a known meeting',
      fix: 'use the file name',
    });
    expect(splitFix('must be one of: open, complete')).toEqual({ problem: 'must be one of: open, complete' });
  });

  it('writes file:line  field  problem  ->  fix', () => {
    expect(
      issueLine({
        file: 'a.md',
        line: 3,
        field: 'date',
        message: 'bad date: write it as YYYY-MM-DD',
        severity: 'error',
      }),
    ).toBe('a.md:3  date  bad date  ->  write it as YYYY-MM-DD');
  });

  it('groups by file in line order and counts', () => {
    const report = formatReport(
      [
        { file: 'b.md', line: 9, field: 'x', message: 'wrong', severity: 'error' },
        { file: 'a.md', line: 5, field: 'y', message: 'odd', severity: 'warning' },
        { file: 'b.md', line: 2, field: 'z', message: 'wrong', severity: 'error' },
      ],
      10,
    );
    expect(report.split('\n\n')).toEqual([
      'a.md:5  warning  y  odd',
      'b.md:2  z  wrong\nb.md:9  x  wrong',
      '2 errors and 1 warning in 2 files (10 checked). Fix each error in the file and line named, then run "npm run check" again.',
    ]);
    expect(formatReport([], 4)).toBe('4 files checked: no errors.');
  });

  it('escapes GitHub annotation properties and data', () => {
    expect(githubAnnotation({ file: 'a,b.md', line: 1, field: 'x:y', message: '50%\nnext', severity: 'warning' })).toBe(
      '::warning file=a%2Cb.md,line=1,title=x%3Ay::50%25%0Anext',
    );
  });
});
