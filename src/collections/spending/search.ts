/**
 * What spending gives search: the payments to each supplier in a month, as one
 * result that lands on the supplier's first row on the month's page. A
 * journalist searching a supplier's name finds every month it was paid; a
 * withheld payment is never among them, since its supplier is not published.
 */
import type { EntryOf, SearchPart } from '../definition';
import { formatDate, formatPounds } from '../../lib/rules/format';
import { paymentsBySupplier, supplierAnchor, totalPaid } from '../../lib/rules/spending';
import type { spendingSchema } from './schema';

export const SPENDING_RESULT = 'Spending';

/** At most this many purposes are searched for one supplier in a month: enough to find it, without a month of text. */
const PURPOSES = 20;

export function supplierParts(entries: readonly EntryOf<typeof spendingSchema>[]): SearchPart[] {
  return entries.flatMap((e) =>
    [...paymentsBySupplier(e.data.payments)].map(([supplier, payments]): SearchPart => {
      const count = payments.length;
      const purposes = [...new Set(payments.map((p) => (p.withheld ? '' : p.purpose)))].slice(0, PURPOSES);
      const categories = [...new Set(payments.map((p) => p.category))];
      return {
        entryId: e.id,
        anchor: supplierAnchor(supplier),
        title: `${supplier}: spending in ${formatDate(e.data.month)}`,
        text: [
          `${count} ${count === 1 ? 'payment' : 'payments'} totalling ${formatPounds(totalPaid(payments))}.`,
          `${categories.join(', ')}.`,
          ...purposes.map((purpose) => `${purpose}.`),
        ],
        type: SPENDING_RESULT,
        date: payments
          .map((p) => p.date)
          .sort()
          .at(-1),
      };
    }),
  );
}
