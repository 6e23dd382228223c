/** What spending gives open data: every payment in one table, and each month's payments in a table of its own. */
import type { DataContext, EntryOf } from '../definition';
import { formatDate } from '../../lib/rules/format';
import { type Dataset, dataset, f } from '../../lib/syndication/dataset';
import type { Payment, spendingSchema } from './schema';

const FIELDS = [
  f('month', 'string', 'Month of the payment, YYYY-MM: the file it was published in'),
  f('date', 'date', 'Day the payment was made'),
  f('supplier', 'string', 'Who was paid; empty when withheld'),
  f('amount_gbp', 'number', 'Amount paid, in pounds'),
  f('category', 'string', 'The kind of spending'),
  f('purpose', 'string', 'What the money paid for; empty when withheld'),
  f('value_for_money', 'string', 'Why it was value for money: the contract, framework or quotes it was bought through'),
  f('reference', 'string', "The finance system's reference for the payment"),
  f('service_area', 'string', 'The part of the office that spent it, where the finance system records one'),
  f('withheld', 'boolean', 'True when the supplier and purpose are withheld'),
  f('withheld_reason', 'string', 'Why they are withheld, when they are'),
  f('url', 'string', "The month's page on this portal"),
];

function rowOf(month: string, p: Payment, url: string) {
  return {
    month,
    date: p.date,
    supplier: p.withheld ? null : p.supplier,
    amount_gbp: p.amount,
    category: p.category,
    purpose: p.withheld ? null : p.purpose,
    value_for_money: p.valueForMoney,
    reference: p.reference ?? null,
    service_area: p.serviceArea ?? null,
    withheld: p.withheld,
    withheld_reason: p.withheld ? p.withheldReason : null,
    url,
  };
}

/** The id of a month's table, e.g. "spending-2024-04". */
export const monthDatasetId = (month: string) => `spending-${month}`;

export function spendingDatasets(entries: readonly EntryOf<typeof spendingSchema>[], context: DataContext): Dataset[] {
  const rowsOf = (e: EntryOf<typeof spendingSchema>) =>
    e.data.payments.map((p) => rowOf(e.data.month, p, context.url(e.id)));
  return [
    dataset(
      'spending',
      'Spending over £500',
      'Every item of spending over £500, month by month.',
      FIELDS,
      entries.flatMap(rowsOf),
    ),
    ...entries.map((e) =>
      dataset(
        monthDatasetId(e.data.month),
        `Spending over £500, ${formatDate(e.data.month)}`,
        `Each item of spending over £500 in ${formatDate(e.data.month)}.`,
        FIELDS,
        rowsOf(e),
      ),
    ),
  ];
}
