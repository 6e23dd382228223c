/**
 * How content problems are set out for people, the only place they are:
 * `npm run check` and the build's log group them by file, one line each as
 * `file:line  field  what is wrong  ->  how to fix`, with a count; on GitHub
 * Actions, annotations show each on the pull request's line.
 */
import type { ContentIssue } from './issue';

/**
 * `file: field: problem: fix`, the one-line form for places that take one
 * line per problem (an exception's message, a test's expectation).
 *
 * @example formatIssue({ file: 'a.md', line: 3, field: 'date', problem: 'is missing', fix: 'add it', severity: 'error' })
 * // => "a.md:3: date: is missing: add it"
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where}: ${issue.field}: ${issue.problem}: ${issue.fix}`;
}

/** One report line for an issue. */
export function issueLine(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const severity = issue.severity === 'warning' ? 'warning  ' : '';
  return `${where}  ${severity}${issue.field}  ${issue.problem}  ->  ${issue.fix}`;
}

/** The whole report: issues grouped by file in file and line order, then a summary. */
export function formatReport(issues: readonly ContentIssue[], filesChecked: number): string {
  const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const groups = new Map<string, ContentIssue[]>();
  for (const issue of sorted) groups.set(issue.file, [...(groups.get(issue.file) ?? []), issue]);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const blocks = [...groups.values()].map((group) => group.map(issueLine).join('\n'));
  const summary =
    errors === 0
      ? `${plural(filesChecked, 'file')} checked: no errors${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''}.`
      : `${plural(errors, 'error')}${warnings > 0 ? ` and ${plural(warnings, 'warning')}` : ''} in ${plural(groups.size, 'file')} (${filesChecked} checked). Fix each error in the file and line named, then run "npm run check" again.`;
  return [...blocks, summary].join('\n\n');
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, so each problem shows on the changed line.
 * @see https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 *
 * @example githubAnnotation({ file: 'a.md', line: 3, field: 'date', problem: 'bad', fix: 'mend it', severity: 'error' })
 * // => "::error file=a.md,line=3,title=date: bad::How to fix: mend it"
 */
export function githubAnnotation(issue: ContentIssue): string {
  const properties = [`file=${escapeProperty(issue.file)}`];
  if (issue.line) properties.push(`line=${issue.line}`);
  properties.push(`title=${escapeProperty(`${issue.field}: ${issue.problem}`)}`);
  return `::${issue.severity} ${properties.join(',')}::${escapeData(`How to fix: ${issue.fix}`)}`;
}
