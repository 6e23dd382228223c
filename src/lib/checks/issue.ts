/**
 * A problem found in the content, as every check returns it: where it is,
 * what is wrong and how to put it right, kept apart so that `npm run check`,
 * the build's log and GitHub's annotations can each set it out their own way
 * (src/lib/checks/report.ts). No check formats a problem itself.
 */
export interface ContentIssue {
  file: string;
  line?: number | undefined;
  /** The field, e.g. `agenda[2].title`; "(body)" for the Markdown text, "(file)" for the file as a whole. */
  field: string;
  /** What is wrong, e.g. `"2024-02-30" is not a real date`. */
  problem: string;
  /** How to put it right, e.g. `write it as YYYY-MM-DD`. */
  fix: string;
  severity: 'error' | 'warning';
}

/**
 * An issue whose line is found only when something reads it. Finding a
 * field's line means parsing the file's YAML again with positions, which is
 * most of the content check's time on a large site; the build counts
 * warnings without printing them, so it never pays for their lines, while
 * `npm run check`, which prints them, finds each line once.
 */
export function withLineWhenRead(issue: Omit<ContentIssue, 'line'>, findLine: () => number | undefined): ContentIssue {
  let found: { line: number | undefined } | undefined;
  return Object.defineProperty(issue, 'line', {
    enumerable: true,
    configurable: true,
    get: () => (found ??= { line: findLine() }).line,
  });
}
