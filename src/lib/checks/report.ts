/**
 * How `npm run check` reports content problems: grouped by file, one line
 * each as `file:line  field  what is wrong  ->  how to fix`, a count, and,
 * on GitHub Actions, annotations that show on the pull request's lines.
 */
import type { ContentIssue } from './issue';

const FIX_VERBS =
  /^(write|add|use|check|list|keep|give|copy|remove|quote|fix|set|escape|put|choose|change|rename|move|delete|save|export|start|shorten|close|indent|line up|rename|did you mean|links must|embeds may|content may|content cannot|the portal|only the|a calendar)\b/i;

/**
 * Splits a message into what is wrong and how to fix it, where it says both.
 *
 * @example splitFix('"2024-02-30" is not a real date: write it as YYYY-MM-DD')
 * // => { problem: '"2024-02-30" is not a real date', fix: 'write it as YYYY-MM-DD' }
 */
export function splitFix(message: string): { problem: string; fix?: string } {
  const dash = message.indexOf(' — ');
  if (dash > 0) return { problem: message.slice(0, dash), fix: message.slice(dash + 3) };
  for (let at = message.indexOf(': '); at > 0; at = message.indexOf(': ', at + 2)) {
    const rest = message.slice(at + 2);
    if (FIX_VERBS.test(rest)) return { problem: message.slice(0, at), fix: rest };
  }
  return { problem: message };
}

/** One report line for an issue. */
export function issueLine(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const { problem, fix } = splitFix(issue.message);
  const severity = issue.severity === 'warning' ? 'warning  ' : '';
  return `${where}  ${severity}${issue.field}  ${problem}${fix ? `  ->  ${fix}` : ''}`;
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
 * @example githubAnnotation({ file: 'a.md', line: 3, field: 'date', message: 'bad', severity: 'error' })
 * // => "::error file=a.md,line=3,title=date::bad"
 */
export function githubAnnotation(issue: ContentIssue): string {
  const properties = [`file=${escapeProperty(issue.file)}`];
  if (issue.line) properties.push(`line=${issue.line}`);
  properties.push(`title=${escapeProperty(issue.field)}`);
  return `::${issue.severity} ${properties.join(',')}::${escapeData(issue.message)}`;
}
