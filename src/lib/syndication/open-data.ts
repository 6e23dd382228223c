/**
 * Every collection as open data: one table per kind of record, each with its
 * fields described, written as JSON and CSV and listed in a Frictionless
 * data package. Withheld records keep their identifying fields, visibility
 * and reason, and nothing else.
 */
import { stringify } from 'csv-stringify/sync';
import { COLLECTIONS, type CollectionName } from '../../collections';
import type { CollectionDefinition, DataContext, Entry } from '../../collections/definition';
import type { Portal } from '../content/portal';
import { type StandardKind, standardKinds, withheldReason } from '../views/standard-kinds';
import { buildDate } from '../content/build-date';
import { formatDate } from '../rules/format';
import { statutoryIndex } from '../views/statutory-index';
import { type Dataset, dataset, f, VISIBILITY, visibility } from './dataset';
import { LICENCE } from './metric-data';

export type { Dataset, Field, Row } from './dataset';

/**
 * All datasets for the portal's content: each kind's, as its registry entry
 * builds them, then the standard kinds', then the statutory index at `today`.
 */
export function buildDatasets(portal: Portal, siteUrl: string, today: string = buildDate()): Dataset[] {
  const page = (path: string) => `${siteUrl}${path}`;
  const bodyName = (id: string | undefined) => portal.bodies.find((b) => b.id === id)?.data.shortName ?? null;
  const own = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((name) => {
    const kind: CollectionDefinition = COLLECTIONS[name];
    if (!kind.datasets) return [];
    const context: DataContext = {
      url: (id, anchor) => page(`${kind.route}${id}/${anchor ? `#${anchor}` : ''}`),
      bodyName,
      actions: portal.actions,
    };
    return kind.datasets(portal[name] as Entry[], context);
  });
  return [
    ...own,
    ...standardKinds().map((standard) => standardDataset(portal, standard, page)),
    statutoryDataset(portal, today, page),
  ];
}

/** The statutory index as a table: one row per duty, with its status at `today`. */
export function statutoryDataset(portal: Portal, today: string, page: (path: string) => string): Dataset {
  return dataset(
    'statutory-duties',
    'Statutory publication duties',
    `Every publication duty in law, in the order the Specified Information Order lists them, with its status on ${formatDate(today)}.`,
    [
      f('id', 'string', 'Identifier of the duty'),
      f('source', 'string', 'Where the duty is set: a paragraph of the Order, or an Act and section'),
      f('duty', 'string', 'The duty, summarised'),
      f('frequency', 'string', 'How often the law asks for it'),
      f('published_here', 'string', 'The register on this portal that publishes it; empty when none does yet'),
      f('latest_item', 'string', 'Date of the latest item, YYYY-MM-DD or YYYY-MM'),
      f('status', 'string', 'up-to-date, due, overdue or not-published-here, at the date in the description'),
      f('why', 'string', 'Why it has that status'),
    ],
    statutoryIndex(portal, today).map((row) => ({
      id: row.id,
      source: row.source,
      duty: row.duty,
      frequency: row.frequency,
      published_here: row.home ? page(row.home.href) : null,
      latest_item: row.latest ?? null,
      status: row.status,
      why: row.why,
    })),
  );
}

/** A column name from a fact's label: "Supplier" is supplier, "Value (£)" is value. */
const columnOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * The dataset of a kind the standard pages show: one row per entry with what
 * its page shows (id, address, title, date, summary, each key fact), and for a
 * withheld entry only its id, address, title, date and why.
 */
export function standardDataset(
  portal: Portal,
  { name, kind, display, segment, label, entryPath }: StandardKind,
  page: (path: string) => string,
): Dataset {
  const entries = portal[name] as Entry[];
  const published = (entry: Entry) => withheldReason(entry) === undefined;
  const facts = entries.map((entry) => (published(entry) ? (display.facts?.(entry) ?? []) : []));
  const labels = [...new Set(facts.flat().map(([label]) => label))];
  // A fact whose open data value is a number in every entry that has it is a number column.
  const numeric = new Set(
    labels.filter((factLabel) => {
      const values = facts.flat().filter(([l, shown]) => l === factLabel && shown !== undefined);
      return values.length > 0 && values.every(([, , value]) => typeof value === 'number');
    }),
  );
  const withholdable = kind.withholding !== undefined;
  return dataset(
    segment,
    label,
    `One row per entry of the ${label.toLowerCase()} register.`,
    [
      f('id', 'string', 'Identifier; also the last part of the page address'),
      f('url', 'string', 'Page on this portal'),
      f('title', 'string', 'Title'),
      f('date', 'string', 'Date, YYYY-MM-DD, or YYYY-MM when only the month is known'),
      f('summary', 'string', 'Summary'),
      ...labels.map((factLabel) => f(columnOf(factLabel), numeric.has(factLabel) ? 'number' : 'string', factLabel)),
      ...(withholdable ? VISIBILITY : []),
    ],
    entries.map((entry, i) => ({
      id: entry.id,
      url: page(entryPath(entry.id)),
      title: display.title(entry),
      date: display.date(entry) ?? null,
      summary: published(entry) ? (display.summary(entry) ?? null) : null,
      ...Object.fromEntries(
        (facts[i] ?? []).map(([factLabel, shown, value]) => [
          columnOf(factLabel),
          shown === undefined ? null : numeric.has(factLabel) ? (value as number) : shown,
        ]),
      ),
      ...(withholdable ? visibility(entry.data as { visibility: string; withheldReason?: string }) : {}),
    })),
  );
}

/** A dataset as CSV: a header row of field names, then one line per row. */
export function datasetCsv(data: Dataset): string {
  return stringify(data.rows, {
    header: true,
    columns: data.fields.map((field) => field.name),
    cast: { boolean: (value) => (value ? 'true' : 'false'), number: String },
    // A cell starting =, +, -, @, tab or carriage return is a live formula in a spreadsheet:
    // prefix it with ' as OWASP advises. Numbers, negative ones included, stay numbers.
    // @see https://owasp.org/www-community/attacks/CSV_Injection
    escape_formulas: true,
  });
}

/** A dataset as JSON: its description, fields and rows. */
export function datasetJson(data: Dataset, generated: string): string {
  return `${JSON.stringify({ id: data.id, title: data.title, description: data.description, generated, licence: LICENCE, fields: data.fields, rows: data.rows }, null, 2)}\n`;
}

/** A Frictionless data package describing every download. @see https://specs.frictionlessdata.io/data-package/ */
export function dataPackage(
  datasets: readonly Dataset[],
  options: { name: string; title: string; siteUrl: string; generated: string },
): string {
  return `${JSON.stringify(
    {
      profile: 'tabular-data-package',
      name: options.name,
      title: options.title,
      homepage: `${options.siteUrl}/data/`,
      created: options.generated,
      licenses: [{ name: 'OGL-UK-3.0', title: LICENCE.name, path: LICENCE.url }],
      resources: datasets.map((d) => ({
        name: d.id,
        title: d.title,
        description: d.description,
        path: `${options.siteUrl}/data/${d.id}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: { fields: d.fields },
      })),
    },
    null,
    2,
  )}\n`;
}
