/** Complaints information (Specified Information Order, paragraph 7C): figures as the papers print them. */
import { type CollectionDefinition, type EntryOf, type FigureTable, newestFirst, PAGES } from '../definition';
import { formatNumber } from '../../lib/rules/format';
import { placeholder, slugOf, titleOf } from '../starter';
import { complaintsDatasets } from './data';
import { COMPLAINTS_SUBJECT, type ComplaintsFigure, complaintsSchema } from './schema';

type Complaints = EntryOf<typeof complaintsSchema>;

/** A figure as the page shows it: 677, 44%, 145 working days. */
export function formatFigure(value: number, unit: ComplaintsFigure['unit']): string {
  const number = formatNumber(value);
  if (unit === 'percent') return `${number}%`;
  if (unit === 'working-days') return `${number} working ${value === 1 ? 'day' : 'days'}`;
  if (unit === 'days') return `${number} ${value === 1 ? 'day' : 'days'}`;
  return number;
}

/** The figures as tables, one per group in the order the paper gives them; those without a group first. */
export function figureTables(figures: readonly ComplaintsFigure[], period: string): FigureTable[] {
  const groups = [...new Set(figures.map((f) => f.group))];
  return groups.map((group) => {
    const inGroup = figures.filter((f) => f.group === group);
    const comparisons = [...new Set(inGroup.flatMap((f) => (f.comparison ? [f.comparison.label] : [])))];
    return {
      caption: group ?? `The figures, ${period}`,
      columns: [
        { label: 'Figure' },
        { label: 'Value', numeric: true },
        ...comparisons.map((label) => ({ label, numeric: true })),
        ...(inGroup.some((f) => f.note) ? [{ label: 'Note' }] : []),
      ],
      rows: inGroup.map((f) => [
        f.label,
        formatFigure(f.value, f.unit),
        ...comparisons.map((label) => (f.comparison?.label === label ? formatFigure(f.comparison.value, f.unit) : '')),
        ...(inGroup.some((g) => g.note) ? [f.note ?? ''] : []),
      ]),
    };
  });
}

export const complaints = {
  folder: 'complaints',
  extensions: PAGES,
  schema: complaintsSchema,
  copyFields: ['title', 'period'],
  route: '/complaints/',
  entryLabel: 'Complaints information',
  registers: [
    {
      href: '/complaints/',
      label: 'Complaints',
      description:
        'complaints about the police, and how the Commissioner holds the Chief Constable to account for them',
      order: 45,
      inHeader: false,
    },
  ],
  compare: newestFirst<Complaints>((c) => c.data.periodEnd),
  datasets: complaintsDatasets,
  starter: {
    name: 'complaints',
    start: (options) => ({
      file: `${slugOf(options)}.md`,
      data: {
        title: titleOf(options),
        subject: 'force-complaints',
        period: placeholder('the period the figures cover, as the paper gives it'),
        periodEnd: options.date,
        published: options.date,
        summary: placeholder('what the figures show, in a sentence or two.'),
        figures: [{ label: placeholder('what is counted'), value: 0 }],
        sources: [{ title: placeholder('the paper the figures come from') }],
      },
      body: placeholder('how the Commissioner holds the Chief Constable to account for handling complaints.'),
    }),
  },
  display: {
    intro:
      'Complaints about the police force and how they were handled, as the papers report them, and how the Commissioner holds the Chief Constable to account for handling complaints.',
    title: (c: Complaints) => c.data.title,
    date: (c: Complaints) => c.data.published,
    summary: (c: Complaints) => c.data.summary,
    facts: (c: Complaints) => [
      ['Subject', COMPLAINTS_SUBJECT.labels[c.data.subject]],
      ['Period', c.data.period],
    ],
    tables: (c: Complaints) => figureTables(c.data.figures, c.data.period),
  },
} as const satisfies CollectionDefinition;
