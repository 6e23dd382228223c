/**
 * Checks a file's fields against its collection's schema, in plain English,
 * each problem on the line of the field it is about.
 */
import type { z } from 'zod';
import { type ContentFile, lineOfField } from '../content/files';
import { formatPath, parseFriendly } from '../../domain/friendly-errors';
import type { Explanation } from '../../domain/explain';
import type { ContentIssue } from './issue';

/**
 * A value YAML read as empty because it starts with "#", which begins a
 * comment: `title: #1 priority` is a title of nothing. Says so, with the fix
 * written out from the line itself.
 */
function commentedOutValue(file: ContentFile, line: number | undefined, issue: Explanation): Explanation {
  if (line === undefined || issue.problem !== 'is empty') return issue;
  const text = file.yaml.text.split(/\r?\n/)[line - file.yaml.firstLine] ?? '';
  const match = /^(\s*(?:- )?)([^:#]+):\s+(#.*)$/.exec(text);
  if (!match) return issue;
  const [, , key = '', value = ''] = match;
  return {
    problem: 'is empty, because a # after a space starts a comment and YAML ignores the rest of the line',
    fix: `put the whole value in double quotes, e.g. ${key.trim()}: "${value.trim().replace(/"/g, '\\"')}"`,
  };
}

/** A field as the message names it: for a CSV file, the column of the row on the message's line. */
function fieldName(file: ContentFile, path: readonly PropertyKey[]): string {
  if (file.yaml.rowLines) {
    if (path[0] === 'columns') return '(header row)';
    if (path[0] === 'month') return '(file name)';
    if (path[0] === 'rows' && path.length > 2) return `"${String(path[2])}" column`;
    if (path[0] === 'rows' && path.length > 1) return '(row)';
    return '(file)';
  }
  return formatPath(path) || '(whole file)';
}

/** The parsed data, or the problems with the file's fields. */
export function checkFields(
  file: ContentFile,
  schema: z.ZodType,
): { data: Record<string, unknown> | undefined; issues: ContentIssue[] } {
  const result = parseFriendly(schema, file.data);
  if (result.success) return { data: result.data as Record<string, unknown>, issues: [] };
  return {
    data: undefined,
    issues: result.issues.map((issue) => {
      const line = lineOfField(file.yaml, issue.path);
      return {
        file: file.path,
        line,
        field: fieldName(file, issue.path),
        ...commentedOutValue(file, line, issue),
        severity: 'error' as const,
      };
    }),
  };
}
