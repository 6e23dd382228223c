/**
 * Filtering and sorting rows of a register table in the browser. Rows carry
 * their values as data attributes; these pure functions decide which rows
 * show and in what order.
 */

export type RowValues = Record<string, string>;

/**
 * True when the row matches every chosen filter ("" means any).
 *
 * @example matchesFilters({ status: 'open', year: '2023' }, { status: 'open', year: '' }) // => true
 */
export function matchesFilters(row: RowValues, chosen: RowValues): boolean {
  return Object.entries(chosen).every(([key, value]) => value === '' || (row[key] ?? '').split('|').includes(value));
}

/**
 * Compares two rows on a column: numbers numerically, other values as text;
 * empty values always last.
 *
 * @example compareRows({ amount: '5000' }, { amount: '160000' }, 'amount', 'desc') // => positive
 */
export function compareRows(a: RowValues, b: RowValues, key: string, direction: 'asc' | 'desc'): number {
  const x = a[key] ?? '';
  const y = b[key] ?? '';
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  const both = x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y));
  const order = both ? Number(x) - Number(y) : x.localeCompare(y);
  return direction === 'asc' ? order : -order;
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
