/**
 * Spending over £500, one CSV file a month in `content/spending/`, named for
 * the month (`2024-04.csv`), as the finance system exports it: a header row,
 * then one row per item. Each row is checked on its own line; a column the
 * portal does not know is an error, never silently dropped, since a misspelt
 * "Withheld reason" would otherwise publish a name that should be withheld.
 */
import { z } from 'zod';
import type { TableColumn } from '../definition';
import { explain } from '../../domain/explain';
import { closestIds } from '../../domain/suggest';
import { EXTRA_CELLS } from '../../domain/table-cells';
import { isoDate, isoFromUkDate } from '../../schemas/fields';

type Column = TableColumn;

/** The columns of a spending file, in the order a new file has them. Headers are matched ignoring case, spaces and punctuation. */
export const SPENDING_COLUMNS = {
  date: {
    header: 'Date',
    example: '02/04/2024',
    aliases: ['Payment date', 'Transaction date', 'Date paid', 'Date of payment'],
    required: true,
    description: 'Day the payment was made: YYYY-MM-DD or DD/MM/YYYY, in the month the file is named for.',
  },
  supplier: {
    header: 'Supplier',
    example: 'Charnwood Cleaning Ltd',
    aliases: ['Supplier name', 'Payee', 'Payee name', 'Vendor', 'Vendor name', 'Beneficiary', 'Merchant name'],
    required: true,
    description: "Who was paid, as the finance system names them. For a private individual, fill in 'Withheld reason'.",
  },
  amount: {
    header: 'Amount',
    example: '£1,234.56',
    aliases: ['Amount (£)', 'Amount £', 'Amount (GBP)', 'Value', 'Value (£)', 'Net amount', 'Amount paid', 'Total'],
    required: true,
    description: 'Pounds paid, over £500: 1234.56, 1,234.56 or £1,234.56 (in quotes when it has a comma).',
  },
  category: {
    header: 'Category',
    example: 'Premises',
    aliases: [
      'Expense type',
      'Expenses type',
      'Expenditure type',
      'Expenditure category',
      'Expense category',
      'Spend category',
    ],
    required: true,
    description: 'The kind of spending, e.g. Premises, Supplies and services; the register filters by it.',
  },
  purpose: {
    header: 'Purpose',
    example: 'Cleaning of the headquarters',
    aliases: ['Description', 'Purpose of expenditure', 'Purpose of spend', 'Narrative', 'Details'],
    required: true,
    description: 'What the money paid for, in a few words.',
  },
  valueForMoney: {
    header: 'Value for money',
    example: 'Framework contract',
    aliases: [
      'Value for money reason',
      'Value for money justification',
      'VFM',
      'VFM reason',
      'VFM justification',
      'Procurement route',
      'Procurement method',
    ],
    required: true,
    description: 'Why it was value for money: the contract, framework or quotes it was bought through.',
  },
  reference: {
    header: 'Reference',
    example: 'INV-000123',
    aliases: [
      'Transaction number',
      'Transaction reference',
      'Transaction ID',
      'Invoice number',
      'Payment reference',
      'Payment number',
    ],
    required: false,
    description: 'The finance system’s reference for the payment (optional).',
  },
  serviceArea: {
    header: 'Service area',
    example: 'Commissioning',
    aliases: ['Service area categorisation', 'Department', 'Directorate', 'Responsible unit', 'Expense area'],
    required: false,
    description: 'The part of the office that spent it, where the finance system records one (optional).',
  },
  withheldReason: {
    header: 'Withheld reason',
    example: 'Payment to a private individual',
    aliases: ['Redaction reason', 'Redacted reason', 'Reason withheld'],
    required: false,
    description:
      'Filled in only when the supplier’s name and the purpose must not be published (a private individual, an informant): why. The amount, date and category are still published.',
  },
} as const satisfies Record<string, Column>;

export type SpendingColumn = keyof typeof SPENDING_COLUMNS;

/** "Amount (£)" → "amount": how headers are compared. */
const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const HEADER_TO_COLUMN = new Map<string, SpendingColumn>(
  (Object.entries(SPENDING_COLUMNS) as [SpendingColumn, Column][]).flatMap(([key, column]) =>
    [column.header, ...column.aliases].map((header) => [squash(header), key] as const),
  ),
);

const headerList = Object.values(SPENDING_COLUMNS)
  .map((c) => `"${c.header}"`)
  .join(', ');

const OVER = 500;

/**
 * An amount as a spreadsheet writes it, in pounds: "1234.5", "1,234.56", "£1,234.56".
 *
 * @example poundsFromCell('£1,234.56') // => 1234.56
 * @example poundsFromCell('twelve') // => undefined
 */
export function poundsFromCell(cell: string): number | undefined {
  const plain = cell.replace(/^£/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  return /^-?\d+(\.\d{1,2})?$/.test(plain) ? Number(plain) : undefined;
}

const amount = z.string().transform((cell, ctx) => {
  const value = poundsFromCell(cell.trim());
  if (value === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: explain(
        cell.trim() === '' ? 'is empty' : `"${cell.trim()}" is not an amount of money`,
        'write the amount in pounds and pence, e.g. 1234.56 or £1,234.56',
      ),
    });
    return z.NEVER;
  }
  if (value <= OVER) {
    ctx.addIssue({
      code: 'custom',
      message: explain(
        `is £${value.toFixed(2)}, not over £500`,
        'leave out items of £500 or less, and credit notes: this register lists each item of spending over £500',
      ),
    });
    return z.NEVER;
  }
  return value;
});

/** A day as finance systems export it (DD/MM/YYYY) or as YYYY-MM-DD; kept as YYYY-MM-DD. */
const day = z.string().transform((cell, ctx) => {
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(cell) && !isoFromUkDate(cell)) {
    ctx.addIssue({
      code: 'custom',
      message: explain(`"${cell}" is not a real date`, 'check the day and month, written DD/MM/YYYY, e.g. 02/04/2024'),
    });
    return z.NEVER;
  }
  const iso = isoFromUkDate(cell) ?? cell;
  const checked = isoDate().safeParse(iso);
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  return z.NEVER;
});

/** A cell that must be filled in. */
const filled = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: explain('is empty', `fill in ${what}`) });

const optionalText = z
  .string()
  .trim()
  .transform((cell) => (cell === '' ? undefined : cell));

/** One row, under the portal's names for its columns. */
const rowSchema = z.strictObject({
  date: day,
  supplier: filled('who was paid, or, for a private individual, the supplier and a withheld reason'),
  amount,
  category: filled('the kind of spending, e.g. Premises'),
  purpose: filled('what the money paid for'),
  valueForMoney: filled('why it was value for money, e.g. the contract or framework it was bought through'),
  reference: optionalText.optional(),
  serviceArea: optionalText.optional(),
  withheldReason: optionalText.optional(),
});

/** One payment as published: a withheld one keeps no supplier and no purpose. */
export type Payment = Omit<z.output<typeof rowSchema>, 'supplier' | 'purpose' | 'withheldReason'> &
  ({ withheld: false; supplier: string; purpose: string } | { withheld: true; withheldReason: string });

/** "2024-04" → "April 2024", for messages (schemas cannot reach lib/rules/format). */
const monthName = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The problems with a header row, as messages for the header's line. */
function headerProblems(columns: readonly string[]): { problems: string[]; keys: (SpendingColumn | undefined)[] } {
  const problems: string[] = [];
  const keys = columns.map((header) => HEADER_TO_COLUMN.get(squash(header)));
  columns.forEach((header, i) => {
    if (header === '')
      problems.push(
        explain(
          `column ${i + 1} has no name in the header row`,
          `name it (one of ${headerList}), or delete the column`,
        ),
      );
    else if (!keys[i]) {
      const meant = closestIds(
        header,
        Object.values(SPENDING_COLUMNS).map((c) => c.header),
      )[0];
      problems.push(
        explain(
          `has a column "${header}" that the portal does not know, so it cannot tell whether it may be published`,
          meant
            ? `if you meant "${meant}", rename it; otherwise rename it to one of ${headerList}, or delete the column`
            : `rename it to one of ${headerList}, or delete the column`,
        ),
      );
    } else if (keys.indexOf(keys[i]) !== i)
      problems.push(
        explain(`has the column "${SPENDING_COLUMNS[keys[i]].header}" twice`, 'keep one of them and delete the other'),
      );
  });
  for (const [key, column] of Object.entries(SPENDING_COLUMNS) as [SpendingColumn, Column][]) {
    if (column.required && !keys.includes(key))
      problems.push(explain(`has no "${column.header}" column`, `add it to the header row: ${column.description}`));
  }
  return { problems, keys };
}

export const spendingSchema = z
  .strictObject({
    /** The month, from the file's name. */
    month: z.string(),
    /** The header row. */
    columns: z.array(z.string()),
    /** The rows, keyed by the header's names. */
    rows: z.array(z.record(z.string(), z.union([z.string(), z.array(z.string())]))),
  })
  .transform((file, ctx) => {
    const monthOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(file.month);
    if (!monthOk)
      ctx.addIssue({
        code: 'custom',
        path: ['month'],
        message: explain(
          `is named "${file.month}", which is not a month`,
          'name the file for the month its payments were made, as YYYY-MM, e.g. 2024-04.csv',
        ),
      });
    const header = headerProblems(file.columns);
    for (const message of header.problems) ctx.addIssue({ code: 'custom', path: ['columns'], message });
    // With the header wrong, every row would fail the same way: report the header alone.
    if (header.problems.length > 0 || !monthOk) return z.NEVER;
    if (file.rows.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['rows'],
        message: explain(
          'has a header row and no payments',
          'add the month’s payments under the header, or delete the file',
        ),
      });
    const payments: Payment[] = [];
    file.rows.forEach((cells, i) => {
      const extra = cells[EXTRA_CELLS];
      if (extra) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: explain(
            `has ${extra.length} more ${extra.length === 1 ? 'cell' : 'cells'} than the header has columns`,
            'put any value with a comma in it (such as £1,200.00) in double quotes, or save the file again from the spreadsheet as CSV',
          ),
        });
        return;
      }
      const named = Object.fromEntries(
        file.columns.map((name, c) => [header.keys[c]!, typeof cells[name] === 'string' ? cells[name] : '']),
      );
      const row = rowSchema.safeParse(named);
      if (!row.success) {
        for (const issue of row.error.issues) {
          const key = issue.path[0] as SpendingColumn;
          const column = file.columns[header.keys.indexOf(key)] ?? SPENDING_COLUMNS[key].header;
          ctx.addIssue({ code: 'custom', path: ['rows', i, column], message: issue.message });
        }
        return;
      }
      const { supplier, purpose, withheldReason, ...rest } = row.data;
      // A month's rows must be payments of that month, so that each month's list is complete and none is counted twice.
      if (!rest.date.startsWith(file.month)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, file.columns[header.keys.indexOf('date')]],
          message: explain(
            `is ${rest.date}, which is not in ${monthName(file.month)}, the month this file is named for`,
            `move the row to the file for its month (${rest.date.slice(0, 7)}.csv), or correct the date`,
          ),
        });
        return;
      }
      payments.push(
        withheldReason ? { ...rest, withheld: true, withheldReason } : { ...rest, withheld: false, supplier, purpose },
      );
    });
    return { month: file.month, payments };
  });
