/**
 * Checks a file's fields against its collection's schema, in plain English,
 * each problem on the line of the field it is about.
 */
import type { z } from 'zod';
import { type ContentFile, lineOfField } from '../content-files';
import { formatPath, parseFriendly } from '../friendly-errors';
import type { ContentIssue } from './issue';

/** The parsed data, or the problems with the file's fields. */
export function checkFields(
  file: ContentFile,
  schema: z.ZodType,
): { data: Record<string, unknown> | undefined; issues: ContentIssue[] } {
  const result = parseFriendly(schema, file.data);
  if (result.success) return { data: result.data as Record<string, unknown>, issues: [] };
  return {
    data: undefined,
    issues: result.issues.map((issue) => ({
      file: file.path,
      line: lineOfField(file.yaml, issue.path),
      field: formatPath(issue.path) || '(whole file)',
      message: issue.message,
      severity: 'error' as const,
    })),
  };
}
