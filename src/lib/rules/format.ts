/**
 * Formatting for readers: dates, times, money and counts, in British English.
 * Dates arrive as `YYYY-MM-DD` strings and are formatted without time zones.
 */

/** Date arithmetic is a rule, not formatting; it lives in the domain layer and is offered here too. */
export { addDays } from '../../domain/dates';
import type { QUALIFIERS } from '../../schemas/fields';

/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export type DatePrecision = 'day' | 'month';

/**
 * How exact a stored date is: `YYYY-MM` when the papers give only the month.
 *
 * @example precisionOf('2024-03') // => "month"
 */
export function precisionOf(iso: string): DatePrecision {
  return /^\d{4}-\d{2}$/.test(iso) ? 'month' : 'day';
}

/**
 * A date in words, as exact as it is stored.
 *
 * @example formatDate('2023-10-09') // => "9 October 2023"
 * @example formatDate('2024-03') // => "March 2024"
 */
export function formatDate(iso: string, precision: DatePrecision = precisionOf(iso)): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1] ?? '';
  return precision === 'month' ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/**
 * The weekday of a date, computed in UTC so that no time zone moves it.
 *
 * @example weekday('2023-10-09') // => "Monday"
 */
export function weekday(iso: string): string {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return names[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
}

/**
 * A 24-hour time the way British public bodies print it.
 *
 * @example formatTime('13:00') // => "1pm"
 * @example formatTime('11:32') // => "11.32am"
 */
export function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const suffix = h < 12 ? 'am' : 'pm';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12}${suffix}` : `${hour12}.${String(m).padStart(2, '0')}${suffix}`;
}

/** British number formats by decimal places, each made once: creating one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits, maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Pounds with thousands separators, pence only when present.
 *
 * @example formatPounds(160000) // => "£160,000"
 * @example formatPounds(960591.34) // => "£960,591.34"
 */
export function formatPounds(amount: number): string {
  const hasPence = Math.round(amount * 100) % 100 !== 0;
  const places = hasPence ? 2 : 0;
  return `£${numberFormat(places, places).format(amount)}`;
}

/**
 * A number with thousands separators.
 *
 * @example formatNumber(20087) // => "20,087"
 */
export function formatNumber(value: number, fractionDigits?: number): string {
  return numberFormat(fractionDigits ?? 0, fractionDigits ?? 2).format(value);
}

/** A figure the source gives exactly, or only approximately ("over 50"). */
type Approximate = number | { value: number; qualifier: (typeof QUALIFIERS)[number] };

const QUALIFIER_WORDS: Record<(typeof QUALIFIERS)[number], string> = {
  'more-than': 'more than',
  about: 'about',
  'at-least': 'at least',
  'fewer-than': 'fewer than',
};

/** A figure in words, as exact as the source gives it, formatted by `format`. */
function approximately(figure: Approximate, format: (value: number) => string): string {
  return typeof figure === 'number' ? format(figure) : `${QUALIFIER_WORDS[figure.qualifier]} ${format(figure.value)}`;
}

/**
 * A count the source gives exactly or approximately.
 *
 * @example formatApproximateCount({ value: 50, qualifier: 'more-than' }) // => "more than 50"
 */
export function formatApproximateCount(count: Approximate): string {
  return approximately(count, (value) => formatNumber(value));
}

/**
 * An amount of money as exact as the source gives it.
 *
 * @example formatApproximatePounds({ value: 500000, qualifier: 'more-than' }) // => "more than £500,000"
 */
export function formatApproximatePounds(amount: Approximate): string {
  return approximately(amount, formatPounds);
}

/**
 * A share as a whole percentage, as the papers print it.
 *
 * @example percent(6, 7) // => "86%"
 */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
