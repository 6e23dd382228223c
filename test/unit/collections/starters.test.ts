/**
 * Every kind's starter (`npm run new`), read from the registry: the file it
 * writes is refused while it holds a placeholder, and passes its kind's schema
 * once each placeholder is replaced. A kind added with a starter is tested
 * here without this file being edited.
 */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from '../../../src/collections';
import { readCsv } from '../../../src/lib/content/csv';
import { financialYearOf, PLACEHOLDER } from '../../../src/collections/starter';
import { splitFrontmatter } from '../../../src/lib/content/files';
import { scaffold, STARTERS } from '../../../src/lib/content/scaffold';

const OPTIONS = { date: '2024-05-20', title: 'Estates strategy', theme: 'victims' };

/** The fields a scaffolded file holds, read as the content check reads them. */
function fieldsOf(path: string, text: string): unknown {
  return path.endsWith('.yaml') ? parse(text) : splitFrontmatter(text).data;
}

/**
 * The file with each placeholder replaced by what it asks for: text, or in a
 * CSV file the example its column gives (an amount must be an amount).
 */
function filledIn(name: CollectionName, path: string, text: string): unknown {
  const columns = (COLLECTIONS[name] as CollectionDefinition).columns;
  if (!columns) return fieldsOf(path, text.replaceAll(PLACEHOLDER, 'Written for the public,'));
  const table = readCsv(text);
  const exampleOf = (header: string) => columns.find((c) => c.header === header)?.example ?? '';
  const rows = table.rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([header, cell]) => [
        header,
        typeof cell === 'string' && cell.startsWith(PLACEHOLDER) ? exampleOf(header) : cell,
      ]),
    ),
  );
  return { month: basename(path, '.csv'), columns: table.columns, rows };
}

describe('npm run new, for every kind with a starter', () => {
  it('knows the launch kinds by their words, in registry order', () => {
    const launch = ['meeting', 'decision', 'grant-round', 'hmicfrs', 'metric'];
    expect([...STARTERS.keys()].filter((word) => launch.includes(word))).toEqual(launch);
    expect(scaffold('minutes', OPTIONS)).toBeUndefined();
  });

  it.each([...STARTERS.entries()])(
    '%s: writes a file in its folder that passes once its placeholders are replaced',
    (word, { name }) => {
      const entry = scaffold(word, OPTIONS)!;
      expect(entry.path.startsWith(`${COLLECTIONS[name].folder}/`)).toBe(true);
      expect(COLLECTIONS[name].extensions.some((extension) => entry.path.endsWith(extension))).toBe(true);
      expect(entry.text).toContain(PLACEHOLDER);
      const parsed = COLLECTIONS[name].schema.safeParse(filledIn(name, entry.path, entry.text));
      expect(parsed.error?.issues ?? []).toEqual([]);
    },
  );

  it('names a meeting file after its body and date', () => {
    expect(scaffold('meeting', { ...OPTIONS, body: 'police-and-crime-panel' })?.path).toBe(
      'meetings/pcp-2024-05-20.md',
    );
    expect(scaffold('meeting', { ...OPTIONS, body: 'ethics-and-integrity-panel' })?.path).toBe(
      'meetings/eaip-2024-05-20.md',
    );
  });

  it('puts a date in its financial year, April to March', () => {
    expect(financialYearOf('2024-03-31')).toBe('2023/24');
    expect(financialYearOf('2024-04-01')).toBe('2024/25');
    expect(financialYearOf('2099-12-01')).toBe('2099/00');
  });
});
