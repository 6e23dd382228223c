/**
 * A problem found in the content, as every check returns it: where it is,
 * what is wrong and how to put it right, kept apart so that `npm run check`,
 * the build's log and GitHub's annotations can each set it out their own way
 * (src/lib/checks/report.ts). No check formats a problem itself.
 */
import { type FieldLocations, lineOfField } from '../content/files';

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

/** An issue as the build's cache keeps it: a line not yet found is kept as its field's path (see withLineOfField). */
export type KeptIssue = ContentIssue & { lineAt?: (string | number)[] };

/**
 * An issue about a field of a file's YAML, whose line is found only when
 * something reads it. Finding a field's line means parsing the file's YAML
 * again with positions, which is most of the content check's time on a large
 * site; the build counts warnings without printing them, so it never pays for
 * their lines, while `npm run check`, which prints them, finds each line once.
 * Kept in the build's cache (as JSON), a line not yet found is kept as the
 * field's path, so that keeping it does not find it either.
 */
export function withLineOfField(
  issue: Omit<ContentIssue, 'line'>,
  yaml: () => FieldLocations | undefined,
  at: readonly (string | number)[],
): ContentIssue {
  const fields = { ...issue };
  let found: { line: number | undefined } | undefined;
  const findLine = () => {
    const locations = yaml();
    return locations ? lineOfField(locations, at) : undefined;
  };
  Object.defineProperty(issue, 'line', {
    enumerable: true,
    configurable: true,
    get: () => (found ??= { line: findLine() }).line,
  });
  Object.defineProperty(issue, 'toJSON', {
    enumerable: false,
    value: (): KeptIssue => (found ? { ...fields, line: found.line } : { ...fields, lineAt: [...at] }),
  });
  return issue;
}

/** Issues read back from the build's cache, each line kept as a path found again only when read. */
export function fromKept(issues: readonly KeptIssue[], yaml: () => FieldLocations | undefined): ContentIssue[] {
  return issues.map(({ lineAt, ...issue }) => (lineAt ? withLineOfField(issue, yaml, lineAt) : issue));
}
