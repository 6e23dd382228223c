/**
 * Warnings for text written in something withheld: it will not be published,
 * which is right, but the author should know, and keep it only if the office
 * needs it on file. Found by comparing what was written with what the schema
 * keeps, so every dropped field is named, whatever the kind of record.
 */
import type { ContentFile } from '../content/files';
import { formatPath } from '../../domain/friendly-errors';
import { type ContentIssue, withLineOfField } from './issue';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** Every field written in a withheld entry or item that will not be published, and the body of a withheld entry. */
export function withheldTextWarnings(file: ContentFile, parsed: Record<string, unknown>): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const visit = (raw: unknown, kept: unknown, path: (string | number)[]) => {
    if (Array.isArray(raw) && Array.isArray(kept)) {
      raw.forEach((item, i) => visit(item, kept[i], [...path, i]));
      return;
    }
    if (!isRecord(raw) || !isRecord(kept)) return;
    if (kept.withheld === true) {
      for (const [key, value] of Object.entries(raw)) {
        if (key in kept || isEmpty(value)) continue;
        const at = [...path, key];
        warnings.push(
          withLineOfField(
            {
              file: file.path,
              field: formatPath(at),
              problem: `is withheld (${String(kept.visibility)}) and will not be published`,
              fix: `keep it here only if the office needs it on file`,
              severity: 'warning',
            },
            () => file.yaml,
            at,
          ),
        );
      }
      if (path.length === 0 && file.body.trim() !== '') {
        warnings.push({
          file: file.path,
          line: file.bodyLine,
          field: '(body)',
          problem: `this entry is withheld (${String(kept.visibility)}), so its text will not be published`,
          fix: 'keep the text here only if the office needs it on file: only the title and the reason will be published',
          severity: 'warning',
        });
      }
    }
    for (const [key, value] of Object.entries(raw)) visit(value, kept[key], [...path, key]);
  };
  visit(file.data, parsed, []);
  return warnings;
}
