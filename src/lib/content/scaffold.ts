/**
 * Starting files for new entries (`npm run new`): each kind's starter, named
 * in its registry entry, says what a new entry holds; this writes it as the
 * kind's files are written (fields between --- lines above the text for
 * Markdown kinds, plain YAML for data kinds) at its path in the content folder.
 */
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../collections';
import { DATA } from '../../collections/definition';
import type { StartOptions, Starter } from '../../collections/starter';

export { PLACEHOLDER } from '../../collections/starter';
export type { StartOptions } from '../../collections/starter';

export interface Scaffold {
  /** Path under the content folder, e.g. "meetings/cgb-2024-05-20.md". */
  path: string;
  text: string;
}

/** The kinds `npm run new` can start, by the word after it, in registry order. */
export const STARTERS: ReadonlyMap<string, { name: CollectionName; starter: Starter }> = new Map(
  (Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]).flatMap(
    ([name, definition]) => ('starter' in definition ? [[definition.starter.name, { name, starter: definition.starter }]] : []),
  ),
);

/** A table as a CSV file: its header row, then its rows. */
function csvText({ columns, rows }: { columns: string[]; rows: Record<string, string>[] }): string {
  return stringifyCsv([columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]);
}

/**
 * A new entry of the kind `npm run new` knows as `kind`, or undefined for a word it does not know.
 *
 * @example scaffold('decision', { date: '2024-05-20', title: 'Estates strategy', theme: 'finance' })?.path
 * // => "decisions/2024-05-20-estates-strategy.md"
 */
export function scaffold(kind: string, options: StartOptions): Scaffold | undefined {
  const found = STARTERS.get(kind);
  if (!found) return undefined;
  const definition = COLLECTIONS[found.name];
  const { file, data, body } = found.starter.start(options);
  const isData = (DATA as readonly string[]).some((extension) => file.endsWith(extension));
  const text = file.endsWith('.csv')
    ? csvText(data as { columns: string[]; rows: Record<string, string>[] })
    : isData
      ? stringify(data)
      : `---\n${stringify(data)}---\n\n${body ?? ''}\n`;
  return { path: `${definition.folder}/${file}`, text };
}
