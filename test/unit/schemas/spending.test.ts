/**
 * A month of spending over £500: each row checked as a finance team writes
 * it, a withheld payment published without its supplier or purpose, and a
 * month of 10,000 generated rows read, checked and summed exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poundsFromCell, spendingSchema } from '../../../src/collections/spending/schema';
import { spendingCsv } from '../../../scripts/bench/generate-spending';
import { readCsv } from '../../../src/lib/content/csv';
import { totalPaid } from '../../../src/lib/rules/spending';
import { explained } from '../../../src/domain/explain';

const HEADER = ['Date', 'Supplier', 'Amount', 'Category', 'Purpose', 'Value for money', 'Withheld reason'];
const row = (cells: Partial<Record<string, string>> = {}) => ({
  Date: '02/04/2024',
  Supplier: 'Charnwood Cleaning Ltd',
  Amount: '£1,250.00',
  Category: 'Premises',
  Purpose: 'Cleaning',
  'Value for money': 'Framework contract',
  'Withheld reason': '',
  ...cells,
});
const month = (rows: Record<string, string>[], name = '2024-04') => ({ month: name, columns: HEADER, rows });

/** The problems zod found, each as path and problem. */
function problems(data: unknown) {
  const result = spendingSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), explained(i.message).problem]);
}

describe('spending schema', () => {
  it('reads dates, amounts and headers as finance systems write them', () => {
    expect(spendingSchema.parse(month([row(), row({ Date: '2024-04-30', Amount: '980.4' })])).payments).toEqual([
      expect.objectContaining({
        date: '2024-04-02',
        amount: 1250,
        supplier: 'Charnwood Cleaning Ltd',
        withheld: false,
      }),
      expect.objectContaining({ date: '2024-04-30', amount: 980.4 }),
    ]);
  });

  it('understands the headers of a Local Government Transparency Code export', () => {
    const columns = [
      'Service area categorisation',
      'Expenses type',
      'Narrative',
      'Date',
      'Transaction number',
      'Net amount',
      'Supplier name',
      'VFM justification',
    ];
    const cells = [
      'Commissioning',
      'Grants',
      'Victim services',
      '30/04/2024',
      'T-77',
      '2,500.00',
      'Soar Valley Support',
      'Competitive tender',
    ];
    const [payment] = spendingSchema.parse({
      month: '2024-04',
      columns,
      rows: [Object.fromEntries(columns.map((c, i) => [c, cells[i]]))],
    }).payments;
    expect(payment).toEqual({
      date: '2024-04-30',
      amount: 2500,
      category: 'Grants',
      valueForMoney: 'Competitive tender',
      reference: 'T-77',
      serviceArea: 'Commissioning',
      withheld: false,
      supplier: 'Soar Valley Support',
      purpose: 'Victim services',
    });
  });

  it('publishes a withheld payment without its supplier or purpose', () => {
    const [payment] = spendingSchema.parse(
      month([row({ Supplier: 'A Person', Purpose: 'Compensation', 'Withheld reason': 'A private individual' })]),
    ).payments;
    expect(payment).toEqual({
      date: '2024-04-02',
      amount: 1250,
      category: 'Premises',
      valueForMoney: 'Framework contract',
      withheld: true,
      withheldReason: 'A private individual',
    });
    expect(JSON.stringify(payment)).not.toMatch(/A Person|Compensation/);
  });

  it('reports each bad cell on its row and column', () => {
    expect(
      problems(
        month([
          row({ Amount: '500' }),
          row({ Supplier: ' ' }),
          row({ Date: '31/04/2024' }),
          row({ Date: '2024-05-01' }),
        ]),
      ),
    ).toEqual([
      ['rows.0.Amount', 'is £500.00, not over £500'],
      ['rows.1.Supplier', 'is empty'],
      ['rows.2.Date', '"31/04/2024" is not a real date'],
      ['rows.3.Date', 'is 2024-05-01, which is not in April 2024, the month this file is named for'],
    ]);
  });

  it('reports a header it does not know once, and no row', () => {
    const data = { month: '2024-04', columns: [...HEADER, 'Employee'], rows: [row(), row()] };
    expect(problems(data)).toEqual([
      [
        'columns',
        'has a column "Employee" that the portal does not know, so it cannot tell whether it may be published',
      ],
    ]);
  });

  it('never publishes a row whose withheld reason sits under a misspelt header', () => {
    const columns = HEADER.map((h) => (h === 'Withheld reason' ? 'Withheld reson' : h));
    const rows = [{ ...row(), 'Withheld reson': 'A private individual' }];
    expect(spendingSchema.safeParse({ month: '2024-04', columns, rows }).success).toBe(false);
  });

  it('reads any amount written with £, thousands commas and pence as that amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_99 }), fc.boolean(), fc.boolean(), (pence, pound, commas) => {
        const value = pence / 100;
        const written = value.toLocaleString('en-GB', {
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
          useGrouping: commas,
        });
        expect(poundsFromCell(`${pound ? '£' : ''}${written}`)).toBe(value);
      }),
    );
    expect(poundsFromCell('1,2345')).toBeUndefined();
    expect(poundsFromCell('£1.234')).toBeUndefined();
  });

  it('reads a month of 10,000 generated rows, and sums it to the penny', () => {
    const text = spendingCsv('2026-10', 10_000);
    const table = readCsv(text);
    const parsed = spendingSchema.parse({ month: '2026-10', columns: table.columns, rows: table.rows });
    expect(parsed.payments).toHaveLength(10_000);
    const pence = table.rows.reduce(
      (sum, r) => sum + Math.round(Number(String(r.Amount).replace(/[£,]/g, '')) * 100),
      0,
    );
    expect(totalPaid(parsed.payments)).toBe(pence / 100);
    expect(parsed.payments.filter((p) => p.withheld).length).toBeGreaterThan(0);
  });
});
