/**
 * Filtering and sorting rows of a register table in the browser, and keeping
 * that view in the page address so a copied link reopens it. Rows carry their
 * values as data attributes; these pure functions decide which rows show, in
 * what order, what the address says and how the view is described in words.
 */
import { formatNumber } from '../rules/format';

export type RowValues = Record<string, string>;

/**
 * One filter of a register: a row data attribute and the values a reader may
 * choose, several at once; or, for a `contains` filter, a box to type part of
 * the value in (a supplier's name, where there are too many to list).
 */
export interface FilterSpec {
  /** Row data attribute and query-string key, e.g. "status". */
  key: string;
  /** "choice" (checkboxes, the default) or "contains" (rows whose value contains the text typed, ignoring case). */
  kind?: 'choice' | 'contains';
  /** Heading of the group of checkboxes, e.g. "Status". */
  label: string;
  /** How the filter reads in a sentence, e.g. "raised by" in "raised by Police and Crime Panel", or "supplier containing". */
  phrase: string;
  options: {
    value: string;
    label: string;
    /** In a sentence, e.g. "in progress"; the label when absent. */ phrase?: string;
  }[];
}

/** A column a register can be sorted by. */
export interface SortSpec {
  /** Row data attribute and the value of the "sort" query-string key. */
  key: string;
  /** Column name, e.g. "Amount". */
  label: string;
  /** How values compare and how the order is put in words. */
  kind: 'date' | 'number' | 'text';
}

export type SortDirection = 'asc' | 'desc';

/** What a reader has chosen: for each filter the values wanted (none means any), and an optional sort. */
export interface TableState {
  filters: Record<string, string[]>;
  sort?: { key: string; direction: SortDirection };
}

/**
 * True when the row matches every filter: one of the chosen values for each
 * (an empty choice means any), or for a `contains` filter, the text typed. A
 * row value may list several values separated by "|".
 *
 * @example matchesFilters({ status: 'open', year: '2023' }, { status: ['open', 'in-progress'], year: [] }) // => true
 */
export function matchesFilters(
  row: RowValues,
  chosen: Readonly<Record<string, readonly string[]>>,
  filters: readonly FilterSpec[] = [],
): boolean {
  return Object.entries(chosen).every(([key, values]) => {
    if (values.length === 0) return true;
    if (filters.some((f) => f.key === key && f.kind === 'contains'))
      return values.every((text) => (row[key] ?? '').toLowerCase().includes(text.toLowerCase()));
    const have = (row[key] ?? '').split('|');
    return values.some((value) => have.includes(value));
  });
}

/**
 * Compares two rows on a column: numbers numerically, other values as text;
 * empty values always last.
 *
 * @example compareRows({ amount: '5000' }, { amount: '160000' }, 'amount', 'desc') // => positive
 */
export function compareRows(a: RowValues, b: RowValues, key: string, direction: SortDirection): number {
  const x = a[key] ?? '';
  const y = b[key] ?? '';
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  const both = !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
  const order = both ? Number(x) - Number(y) : x.localeCompare(y);
  return direction === 'asc' ? order : -order;
}

/** The longest text a `contains` filter takes from an address. */
const MAX_CONTAINS = 100;

/**
 * Reads a view from a query string. Only known filter keys with known values,
 * and a known sort column, are taken; anything else is ignored, so a crafted
 * address can choose among the register's own options and nothing more.
 *
 * @example parseTableState('?status=open&status=bogus&x=1', [statusFilter], []) // => { filters: { status: ['open'] } }
 */
export function parseTableState(
  search: string,
  filters: readonly FilterSpec[],
  sorts: readonly SortSpec[],
): TableState {
  const params = new URLSearchParams(search);
  const state: TableState = { filters: {} };
  for (const filter of filters) {
    if (filter.kind === 'contains') {
      const text = (params.get(filter.key) ?? '').trim().slice(0, MAX_CONTAINS);
      state.filters[filter.key] = text ? [text] : [];
      continue;
    }
    const asked = new Set(params.getAll(filter.key));
    // Kept in the register's own order, so the same view always gives the same address.
    state.filters[filter.key] = filter.options.map((o) => o.value).filter((value) => asked.has(value));
  }
  const sort = sorts.find((s) => s.key === params.get('sort'));
  if (sort) state.sort = { key: sort.key, direction: params.get('order') === 'desc' ? 'desc' : 'asc' };
  return state;
}

/**
 * The query string for a view ("" for the default view), with values in the
 * register's order. Choosing every value of a filter is the same as choosing none.
 *
 * @example tableStateQuery({ filters: { status: ['open'] } }, [statusFilter], []) // => "?status=open"
 */
export function tableStateQuery(state: TableState, filters: readonly FilterSpec[], sorts: readonly SortSpec[]): string {
  const normal = parseTableState(toSearch(state), filters, sorts);
  const params = new URLSearchParams();
  for (const filter of filters) {
    const values = normal.filters[filter.key] ?? [];
    if (filter.kind === 'contains') for (const value of values) params.set(filter.key, value);
    else if (values.length < filter.options.length) for (const value of values) params.append(filter.key, value);
  }
  if (normal.sort) {
    params.set('sort', normal.sort.key);
    params.set('order', normal.sort.direction);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

function toSearch(state: TableState): string {
  const params = new URLSearchParams();
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.sort) {
    params.set('sort', state.sort.key);
    params.set('order', state.sort.direction);
  }
  return params.toString();
}

const ORDER_WORDS: Record<SortSpec['kind'], Record<SortDirection, string>> = {
  date: { asc: 'oldest first', desc: 'newest first' },
  number: { asc: 'smallest first', desc: 'largest first' },
  text: { asc: 'A to Z', desc: 'Z to A' },
};

/**
 * A sort in words, e.g. "amount, largest first".
 *
 * @example sortWords({ key: 'amount', label: 'Amount', kind: 'number' }, 'desc') // => "amount, largest first"
 */
export function sortWords(sort: SortSpec, direction: SortDirection): string {
  return `${sort.label.toLowerCase()}, ${ORDER_WORDS[sort.kind][direction]}`;
}

/** "a", "a or b", "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * One filter in words, or undefined when it does not narrow the rows. Choosing
 * all values but one reads as "not" that one.
 *
 * @example filterWords(statusFilter, ['open', 'in-progress', 'awaiting-sign-off']) // => "status not complete"
 */
export function filterWords(filter: FilterSpec, chosen: readonly string[]): string | undefined {
  if (filter.kind === 'contains') return chosen[0] ? `${filter.phrase} “${chosen[0]}”` : undefined;
  const picked = filter.options.filter((o) => chosen.includes(o.value));
  if (picked.length === 0 || picked.length === filter.options.length) return undefined;
  const words = (o: FilterSpec['options'][number]) => o.phrase ?? o.label;
  if (picked.length > 1 && picked.length === filter.options.length - 1) {
    const left = filter.options.find((o) => !chosen.includes(o.value))!;
    return `${filter.phrase} not ${words(left)}`;
  }
  return `${filter.phrase} ${orList(picked.map(words))}`;
}

/**
 * The view in words, for the table's caption and for screen readers:
 * "12 of 20 actions: status not complete, raised by Police and Crime Panel. Newest meeting first."
 */
export function describeTableState(
  state: TableState,
  options: {
    shown: number;
    total: number;
    noun: { one: string; many: string };
    filters: readonly FilterSpec[];
    sorts: readonly SortSpec[];
    /** The order rows are in when no sort is chosen, e.g. "Newest meeting first". */
    defaultOrder: string;
  },
): string {
  const { shown, total, noun } = options;
  const parts = options.filters.flatMap((f) => filterWords(f, state.filters[f.key] ?? []) ?? []);
  const nouns = total === 1 ? noun.one : noun.many;
  const count =
    parts.length === 0
      ? `All ${formatNumber(total)} ${nouns}`
      : `${formatNumber(shown)} of ${formatNumber(total)} ${nouns}: ${parts.join(', ')}`;
  const sort = state.sort && options.sorts.find((s) => s.key === state.sort!.key);
  const order = sort ? `Sorted by ${sortWords(sort, state.sort!.direction)}` : options.defaultOrder;
  return `${count}. ${order}.`;
}

/** Amount bands for the decisions register, in pounds. */
export const AMOUNT_BANDS = [
  { id: 'none', label: 'No money involved', min: -1, max: -1 },
  { id: 'under-10k', label: 'Under £10,000', min: 0, max: 9_999.99 },
  { id: '10k-100k', label: '£10,000 to £99,999', min: 10_000, max: 99_999.99 },
  { id: '100k-1m', label: '£100,000 to £999,999', min: 100_000, max: 999_999.99 },
  { id: '1m-plus', label: '£1 million or more', min: 1_000_000, max: Number.POSITIVE_INFINITY },
] as const;

/**
 * The band an amount falls in.
 *
 * @example amountBand(160000) // => "100k-1m"
 * @example amountBand(undefined) // => "none"
 */
export function amountBand(amount: number | undefined): (typeof AMOUNT_BANDS)[number]['id'] {
  if (amount === undefined) return 'none';
  return AMOUNT_BANDS.find((band) => band.id !== 'none' && amount >= band.min && amount <= band.max)!.id;
}
