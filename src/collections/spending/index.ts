/** Spending over £500, a CSV file a month as the finance team exports it (Specified Information Order, paragraph 3). */
import { type CollectionDefinition, type EntryOf, TABLES } from '../definition';
import { shiftPeriod } from '../../domain/periods';
import { formatDate, formatNumber, formatPounds } from '../../lib/rules/format';
import { totalPaid } from '../../lib/rules/spending';
import { placeholder } from '../starter';
import { spendingDatasets } from './data';
import { SPENDING_COLUMNS, spendingSchema } from './schema';
import { supplierParts } from './search';

type Month = EntryOf<typeof spendingSchema>;

/** "1,204 payments totalling £3,120,455.20." */
export const monthSummary = (m: Month['data']) =>
  `${formatNumber(m.payments.length)} ${m.payments.length === 1 ? 'payment' : 'payments'} totalling ${formatPounds(totalPaid(m.payments))}.`;

export const spending = {
  folder: 'spending',
  extensions: TABLES,
  schema: spendingSchema,
  copyFields: [],
  columns: Object.values(SPENDING_COLUMNS),
  route: '/spending/',
  entryLabel: 'Spending',
  pages: {
    list: 'src/collections/spending/ListPage.astro',
    entry: 'src/collections/spending/EntryPage.astro',
  },
  registers: [
    {
      href: '/spending/',
      label: 'Spending',
      description: 'each item of spending over £500, month by month',
      order: 27,
      inHeader: false,
    },
  ],
  feed: {
    id: 'spending',
    title: 'Spending over £500',
    item: (m: Month) => ({
      title: `Spending over £500: ${formatDate(m.data.month)}`,
      description: monthSummary(m.data),
      date: m.data.month,
    }),
  },
  datasets: spendingDatasets,
  searchParts: supplierParts,
  // Newest month first.
  compare: (a: Month, b: Month) => b.data.month.localeCompare(a.data.month) || a.id.localeCompare(b.id),
  starter: {
    name: 'spending',
    start: (options) => {
      // The month to publish is the last one finished.
      const month = shiftPeriod('month', options.date.slice(0, 7), -1) ?? options.date.slice(0, 7);
      const columns = Object.values(SPENDING_COLUMNS).map((c) => c.header);
      const example: Record<string, string> = {
        Date: `${month}-01`,
        Supplier: placeholder('the supplier'),
        Amount: placeholder('the amount, e.g. 1234.56'),
        Category: placeholder('the kind of spending'),
        Purpose: placeholder('what it paid for'),
        'Value for money': placeholder('the contract or quotes it was bought through'),
        Reference: '',
        'Withheld reason': '',
      };
      return { file: `${month}.csv`, data: { columns, rows: [example] } };
    },
  },
} as const satisfies CollectionDefinition;
