/**
 * Turns zod issues into messages comms staff can act on:
 * `file: field: what is wrong and how to fix it`.
 */
import type { z } from 'zod';

/**
 * Formats a zod issue path the way people read YAML: `agenda[2].title`.
 *
 * @example formatPath(['agenda', 2, 'title']) // => "agenda[2].title"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/**
 * One line per issue: `file: field: message`.
 *
 * @example formatIssues([{ path: ['date'], message: 'must be a date' }], 'content/meetings/x.md')
 * // => "content/meetings/x.md: date: must be a date"
 */
export function formatIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  file: string,
): string {
  return issues.map((issue) => `${file}: ${formatPath(issue.path) || '(whole file)'}: ${issue.message}`).join('\n');
}

/** Parses with a schema and throws one readable error listing every problem in the file. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(formatIssues(result.error.issues, file));
}
