import { describe, expect, it } from 'vitest';
import { withLineWhenRead } from '../../../../src/lib/checks/issue';

describe('an issue whose line is found when read', () => {
  it('finds the line only when something reads it, and only once', () => {
    let lookups = 0;
    const issue = withLineWhenRead(
      { file: 'a.md', field: 'summary', problem: 'is withheld', fix: 'keep it', severity: 'warning' },
      () => {
        lookups += 1;
        return 7;
      },
    );
    expect(issue.severity).toBe('warning');
    expect(lookups).toBe(0);
    expect(issue.line).toBe(7);
    expect(issue.line).toBe(7);
    expect(lookups).toBe(1);
  });

  it('reads like any other issue: in JSON, in a copy and in a comparison', () => {
    const issue = withLineWhenRead({ file: 'a.md', field: 'x', problem: 'p', fix: 'f', severity: 'warning' }, () => 3);
    expect(JSON.parse(JSON.stringify(issue))).toEqual({
      file: 'a.md',
      line: 3,
      field: 'x',
      problem: 'p',
      fix: 'f',
      severity: 'warning',
    });
    expect({ ...issue }.line).toBe(3);
    expect(issue).toEqual({ file: 'a.md', line: 3, field: 'x', problem: 'p', fix: 'f', severity: 'warning' });
  });
});
