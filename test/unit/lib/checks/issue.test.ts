import { describe, expect, it } from 'vitest';
import { fromKept, type KeptIssue, withLineOfField } from '../../../../src/lib/checks/issue';
import type { FieldLocations } from '../../../../src/lib/content/files';

// Front matter as a file holds it from its second line: the value of "agenda" starts on line 4, the summary is on 5.
const yaml: FieldLocations = { text: 'title: Board\nagenda:\n  - title: Estates\n    summary: Kept\n', firstLine: 2 };
const warning = {
  file: 'a.md',
  field: 'agenda[0].summary',
  problem: 'is withheld',
  fix: 'keep it',
  severity: 'warning' as const,
};

/** The issue, and how many times its file's YAML was asked for. */
function counted(at: (string | number)[]) {
  const asked = { times: 0 };
  const issue = withLineOfField(
    { ...warning },
    () => {
      asked.times += 1;
      return yaml;
    },
    at,
  );
  return { issue, asked };
}

describe('an issue whose line is found when read', () => {
  it('finds the line only when something reads it, and only once', () => {
    const { issue, asked } = counted(['agenda', 0, 'summary']);
    expect(issue.severity).toBe('warning');
    expect(asked.times).toBe(0);
    expect(issue.line).toBe(5);
    expect(issue.line).toBe(5);
    expect(asked.times).toBe(1);
  });

  it('reads like any other issue: in a copy and in a comparison', () => {
    const { issue } = counted(['agenda']);
    expect({ ...issue }.line).toBe(4);
    expect(issue).toEqual({ ...warning, line: 4 });
  });

  it('is kept in the cache as its field, without finding its line, and found again when read back', () => {
    const { issue, asked } = counted(['agenda', 0, 'summary']);
    const kept = JSON.parse(JSON.stringify(issue)) as KeptIssue;
    expect(asked.times).toBe(0);
    expect(kept).toEqual({ ...warning, lineAt: ['agenda', 0, 'summary'] });
    const [back] = fromKept([kept], () => yaml);
    expect(back).toEqual({ ...warning, line: 5 });
  });

  it('is kept with its line once the line has been read', () => {
    const { issue } = counted(['title']);
    expect(issue.line).toBe(2);
    expect(JSON.parse(JSON.stringify(issue))).toEqual({ ...warning, line: 2 });
    expect(fromKept([{ ...warning, line: 2 }], () => undefined)).toEqual([{ ...warning, line: 2 }]);
  });
});
