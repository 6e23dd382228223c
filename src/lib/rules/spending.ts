/**
 * Sums and groups of a month's spending over £500: totals, the payments to
 * each supplier (the unit search finds), and each supplier's anchor on the
 * month's page. Withheld payments count in totals but are never grouped by a
 * supplier, since their supplier is not published.
 */
import { slugify } from '../../domain/slug';

interface Paid {
  amount: number;
  withheld: boolean;
}

/**
 * The total of some payments in pounds, summed in pence so that 10,000 rows add up exactly.
 *
 * @example totalPaid([{ amount: 600.1, withheld: false }, { amount: 700.2, withheld: true }]) // => 1300.3
 */
export function totalPaid(payments: readonly Paid[]): number {
  return payments.reduce((pence, p) => pence + Math.round(p.amount * 100), 0) / 100;
}

/**
 * The anchor of a supplier's first payment on a month's page.
 *
 * @example supplierAnchor('Acme Facilities Ltd') // => "supplier-acme-facilities-ltd"
 */
export const supplierAnchor = (supplier: string) => `supplier-${slugify(supplier) || 'unnamed'}`;

/**
 * Published payments grouped by supplier, in the order each supplier first appears.
 *
 * @example [...paymentsBySupplier([{ supplier: 'A', amount: 600, withheld: false }]).keys()] // => ['A']
 */
export function paymentsBySupplier<P extends Paid & { supplier?: string }>(payments: readonly P[]): Map<string, P[]> {
  const groups = new Map<string, P[]>();
  for (const p of payments) {
    if (p.withheld || p.supplier === undefined) continue;
    const group = groups.get(p.supplier);
    if (group) group.push(p);
    else groups.set(p.supplier, [p]);
  }
  return groups;
}
