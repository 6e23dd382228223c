/**
 * The shape of an open data table and the helpers every kind's tables are
 * built with (src/collections/<kind>/data.ts): its fields with their types and
 * descriptions, its rows in field order, and the two columns every
 * withholdable record has. Nothing here knows a kind of record.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  /** Frictionless table schema type. */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
}

export interface Dataset {
  id: string;
  title: string;
  description: string;
  fields: Field[];
  rows: Row[];
}

export const f = (name: string, type: Field['type'], description: string): Field => ({ name, type, description });

/**
 * A figure the papers give exactly or approximately, as a number column and a
 * qualifier column, so the number stays a number.
 *
 * @example approximateColumns('projects_funded', { value: 100, qualifier: 'more-than' })
 * // => { projects_funded: 100, projects_funded_qualifier: 'more-than' }
 */
export function approximateColumns(
  name: string,
  value: number | { value: number; qualifier: string } | undefined,
  unit = '',
): Record<string, number | string | null> {
  const exact = typeof value === 'number';
  return {
    [`${name}${unit}`]: value === undefined ? null : exact ? value : value.value,
    [`${name}_qualifier`]: value === undefined || exact ? null : value.qualifier,
  };
}
export const VISIBILITY = [
  f(
    'visibility',
    'string',
    'official (published), official-sensitive, closed-session, exempt, or redacted (blacked out in the source paper)',
  ),
  f('withheld_reason', 'string', 'Why the record is withheld, when it is; its other fields are then empty'),
];
export const visibility = (d: { visibility: string; withheldReason?: string | undefined }) => ({
  visibility: d.visibility,
  withheld_reason: d.withheldReason ?? null,
});

/** Keeps a row's cells in the order of its fields, with null for anything missing. */
function shape(fields: Field[], row: Row): Row {
  return Object.fromEntries(fields.map((field) => [field.name, row[field.name] ?? null]));
}

export function dataset(id: string, title: string, description: string, fields: Field[], rows: Row[]): Dataset {
  return { id, title, description, fields, rows: rows.map((row) => shape(fields, row)) };
}
