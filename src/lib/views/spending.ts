/**
 * The spending pages: the register of months (/spending/), and one month's
 * payments (/spending/<month>/) with the filters a journalist needs (supplier
 * by name, category, size of payment) and the sortable columns.
 */
import type { Payment } from '../../collections/spending/schema';
import { slugify } from '../../domain/slug';
import { formatDate, formatNumber, formatPounds } from '../rules/format';
import { paymentsBySupplier, supplierAnchor, totalPaid } from '../rules/spending';
import { entryPath } from '../../collections';
import { describeTableState, type FilterSpec, type RowValues, type SortSpec } from './table-filter';

/** Sizes of payment, in pounds: every row is over £500. */
export const PAYMENT_BANDS = [
  { id: 'under-10k', label: '£500 to £9,999', max: 9_999.99 },
  { id: '10k-100k', label: '£10,000 to £99,999', max: 99_999.99 },
  { id: '100k-plus', label: '£100,000 or more', max: Number.POSITIVE_INFINITY },
] as const;

/**
 * @example paymentBand(12000) // => "10k-100k"
 */
export const paymentBand = (amount: number) => PAYMENT_BANDS.find((band) => amount <= band.max)!.id;

export interface PaymentRow {
  /** The anchor search results land on: set on a supplier's first row of the month. */
  anchor: string | undefined;
  date: string;
  /** The supplier, or that it is withheld and why. */
  supplier: string;
  withheldReason: string | undefined;
  amount: string;
  category: string;
  serviceArea: string | undefined;
  purpose: string | undefined;
  valueForMoney: string;
  reference: string | undefined;
  values: RowValues;
}

const SORTS: SortSpec[] = [
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'amount', label: 'Amount', kind: 'number' },
  { key: 'supplier', label: 'Supplier', kind: 'text' },
];

const NOUN = { one: 'payment', many: 'payments' };
const DEFAULT_ORDER = 'In the order the finance system exported them';

/** A month's payments as its page shows them. */
export function monthPayments(payments: readonly Payment[]) {
  const firstOfSupplier = new Set([...paymentsBySupplier(payments).values()].map((group) => group[0]));
  const categories = [...new Set(payments.map((p) => p.category))].sort((a, b) => a.localeCompare(b));
  const rows = payments.map((p): PaymentRow => ({
    anchor: firstOfSupplier.has(p) && !p.withheld ? supplierAnchor(p.supplier) : undefined,
    date: formatDate(p.date),
    supplier: p.withheld ? 'Withheld' : p.supplier,
    withheldReason: p.withheld ? p.withheldReason : undefined,
    amount: formatPounds(p.amount),
    category: p.category,
    serviceArea: p.serviceArea,
    purpose: p.withheld ? undefined : p.purpose,
    valueForMoney: p.valueForMoney,
    reference: p.reference,
    values: {
      date: p.date,
      amount: String(p.amount),
      supplier: p.withheld ? '' : p.supplier,
      category: slugify(p.category),
      band: paymentBand(p.amount),
    },
  }));
  const filters: FilterSpec[] = [
    { key: 'supplier', kind: 'contains', label: 'Supplier name contains', phrase: 'supplier containing', options: [] },
    {
      key: 'category',
      label: 'Category',
      phrase: 'in',
      options: categories.map((c) => ({ value: slugify(c), label: c })),
    },
    {
      key: 'band',
      label: 'Amount',
      phrase: 'of',
      options: PAYMENT_BANDS.filter((band) => payments.some((p) => paymentBand(p.amount) === band.id)).map((band) => ({
        value: band.id,
        label: band.label,
      })),
    },
  ];
  const view = { filters, sorts: SORTS, noun: NOUN, defaultOrder: DEFAULT_ORDER };
  const caption = describeTableState({ filters: {} }, { ...view, shown: rows.length, total: rows.length });
  return {
    rows,
    view,
    caption,
    facts: {
      payments: formatNumber(payments.length),
      total: formatPounds(totalPaid(payments)),
      suppliers: formatNumber(paymentsBySupplier(payments).size),
      withheld: payments.filter((p) => p.withheld).length,
    },
  };
}

/** The register of months: each with its count and total, newest first. */
export function spendingMonths(
  months: readonly { id: string; data: { month: string; payments: readonly Payment[] } }[],
) {
  return months.map((m) => ({
    href: entryPath('spending', m.id),
    month: formatDate(m.data.month),
    payments: formatNumber(m.data.payments.length),
    total: formatPounds(totalPaid(m.data.payments)),
  }));
}
