/**
 * An entry that repeats another's title and date is almost always a file
 * copied as a starting point and not yet changed: published, it would show
 * the same record twice, or the old one's text under the new one's name.
 */
import type { EntryRef } from '../rules/references';
import type { ContentIssue } from './issue';

const normalise = (value: unknown) =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : JSON.stringify(value ?? null);

/** Each pair of entries whose `fields` all match, reported on both files. */
export function copyIssues(entries: readonly EntryRef[], fields: readonly string[]): ContentIssue[] {
  // A kind with no such fields (a month of spending, whose rows must fall in its own month) has no copies to find.
  if (fields.length === 0) return [];
  const seen = new Map<string, EntryRef>();
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (Object.keys(entry.data).length === 0) continue; // A file whose fields did not parse.
    const key = fields.map((field) => normalise(entry.data[field])).join('\u0000');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const same = fields.filter((field) => entry.data[field] !== undefined);
    const values = same.map((field) => `${field} ${JSON.stringify(entry.data[field])}`).join(', ');
    for (const [entryA, entryB] of [
      [entry, first],
      [first, entry],
    ] as const) {
      issues.push({
        file: entryA.filePath,
        line: 1,
        field: '(whole file)',
        problem: `looks like a copy of ${entryB.filePath}: both have the same ${values}`,
        fix: `change what differs in the new entry, or delete the copy`,
        severity: 'error',
      });
    }
  }
  return issues;
}
