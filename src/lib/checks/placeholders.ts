/**
 * Text that `npm run new` wrote as a prompt and nobody replaced must never be
 * published: every such line starts with the same words.
 */
import { type ContentFile, lineOfField } from '../content/files';
import { formatPath } from '../../domain/friendly-errors';
import { PLACEHOLDER } from '../../collections/starter';
import type { ContentIssue } from './issue';

const isPlaceholder = (text: string) => text.trimStart().startsWith(PLACEHOLDER);
const quoted = (text: string) => `"${text.trim().length > 80 ? `${text.trim().slice(0, 80)}…` : text.trim()}"`;

/** Every field and body line that still holds a placeholder. */
export function placeholderIssues(file: ContentFile): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (isPlaceholder(value)) {
        issues.push({
          file: file.path,
          line: lineOfField(file.yaml, path),
          field: formatPath(path),
          problem: `still holds the placeholder ${quoted(value)} that "npm run new" wrote`,
          fix: `write the real text in its place`,
          severity: 'error',
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  visit(file.data, []);
  file.body.split('\n').forEach((text, i) => {
    if (isPlaceholder(text)) {
      issues.push({
        file: file.path,
        line: file.bodyLine + i,
        field: '(body)',
        problem: `still holds the placeholder ${quoted(text)} that "npm run new" wrote`,
        fix: `write the real text in its place`,
        severity: 'error',
      });
    }
  });
  return issues;
}
