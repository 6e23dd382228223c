/** Commissioning plans and budgets: what the Commissioner pays for besides the force, and how much. */
import { type CollectionDefinition, type EntryOf, type FigureTable, PAGES } from '../definition';
import { formatPounds } from '../../lib/rules/format';
import { placeholder, slugOf, titleOf } from '../starter';
import { financialYearOf } from '../../domain/periods';
import { commissioningDatasets } from './data';
import { type BudgetLine, type CommissioningIntention, commissioningSchema, FUNDING_MECHANISM } from './schema';

type Plan = EntryOf<typeof commissioningSchema>;

/** The intentions as a table: a column per year, estimates marked, and a total of the amounts the paper gives. */
export function intentionsTable(intentions: readonly CommissioningIntention[]): FigureTable[] {
  if (intentions.length === 0) return [];
  const years = [...new Set(intentions.flatMap((i) => i.amounts.map((a) => a.year)))].sort();
  const estimated = (year: string) => intentions.some((i) => i.amounts.some((a) => a.year === year && a.estimate));
  const amountIn = (i: CommissioningIntention, year: string) => i.amounts.find((a) => a.year === year)?.value;
  const total = (year: string) =>
    intentions.reduce((sum, i) => sum + Math.round((amountIn(i, year) ?? 0) * 100), 0) / 100;
  return [
    {
      caption: 'Commissioning intentions',
      columns: [
        { label: 'Intention' },
        { label: 'Funding' },
        ...years.map((year) => ({ label: estimated(year) ? `${year} (estimate)` : year, numeric: true })),
        { label: 'Comment' },
      ],
      rows: [
        ...intentions.map((i) => [
          `${i.code}${i.priorities.length > 0 ? ` (${i.priorities.join(', ')})` : ''}: ${i.intention}`,
          i.mechanism ? FUNDING_MECHANISM.labels[i.mechanism] : 'Not legible in the paper',
          ...years.map((year) => {
            const value = amountIn(i, year);
            return value === undefined ? 'Not legible in the paper' : formatPounds(value);
          }),
          i.comment ?? '',
        ]),
        ['Total of the amounts above', '', ...years.map((year) => formatPounds(total(year))), ''],
      ],
    },
  ];
}

/** The budget lines as two tables: where the money came from, and what it was spent on. */
export function budgetTables(lines: readonly BudgetLine[]): FigureTable[] {
  const side = (which: BudgetLine['side'], caption: string): FigureTable[] => {
    const rows = lines.filter((l) => l.side === which);
    return rows.length === 0
      ? []
      : [
          {
            caption,
            columns: [{ label: 'Line' }, { label: '£ million', numeric: true }],
            rows: rows.map((l) => [l.label, String(l.millions)]),
          },
        ];
  };
  return [...side('funding', 'Where the money came from'), ...side('spending', 'What it was spent on')];
}

export const commissioning = {
  folder: 'commissioning',
  extensions: PAGES,
  schema: commissioningSchema,
  copyFields: ['title', 'financialYear'],
  route: '/commissioning/',
  entryLabel: 'Commissioning',
  registers: [
    {
      href: '/commissioning/',
      label: 'Commissioning',
      description: 'the services the Commissioner pays for besides the force, and their budgets',
      order: 62,
      inHeader: false,
    },
  ],
  compare: (a: Plan, b: Plan) => b.data.financialYear.localeCompare(a.data.financialYear) || a.id.localeCompare(b.id),
  datasets: commissioningDatasets,
  starter: {
    name: 'commissioning',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        financialYear: financialYearOf(options.date),
        published: options.date,
        summary: placeholder('what the plan or budget sets out, in a sentence or two.'),
        sources: [{ title: placeholder('the paper the figures come from') }],
      },
      body: placeholder('what is commissioned, and from whom.'),
    }),
  },
  display: {
    intro:
      'Besides the force, the Commissioner pays for services for victims, for prevention and for community safety. These are the commissioning plans and budgets, with every amount as the papers print it.',
    title: (p: Plan) => p.data.title,
    date: (p: Plan) => p.data.published,
    summary: (p: Plan) => p.data.summary,
    facts: (p: Plan) => [
      ['Financial year', p.data.financialYear],
      ['Commissioning budget', p.data.budget === undefined ? undefined : formatPounds(p.data.budget), p.data.budget],
    ],
    tables: (p: Plan) => [...intentionsTable(p.data.intentions), ...budgetTables(p.data.budgetLines)],
  },
} as const satisfies CollectionDefinition;
