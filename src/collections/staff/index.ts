/** The office's staff (Specified Information Order, paragraph 2). */
import { type CollectionDefinition, type EntryOf, newestFirst, PAGES } from '../definition';
import { formatNumber, formatPounds } from '../../lib/rules/format';
import { placeholder } from '../starter';
import { giftsTable } from '../gifts-table';
import { staffSchema } from './schema';

type Staff = EntryOf<typeof staffSchema>;

export const staff = {
  folder: 'staff',
  extensions: PAGES,
  schema: staffSchema,
  copyFields: ['asAt'],
  route: '/staff/',
  entryLabel: 'Staff figures',
  registers: [
    {
      href: '/staff/',
      label: 'Staff',
      description: "the office's staff numbers, equality make-up, organisation chart and senior salaries",
      order: 8,
      inHeader: false,
    },
  ],
  compare: newestFirst<Staff>((s) => s.data.asAt),
  starter: {
    name: 'staff',
    start: (options) => ({
      file: `${options.date}.md`,
      data: {
        title: `Staff of the office at ${options.date}`,
        asAt: options.date,
        summary: placeholder('what the figures show, in a sentence or two.'),
        sources: [{ title: placeholder('the document the figures come from') }],
      },
      body: placeholder('the equality make-up of the staff, and gifts and hospitality.'),
    }),
  },
  display: {
    intro:
      "The people who work for the Commissioner's office (not the police force): how many, the equality make-up of the staff, the organisation chart and senior salaries.",
    empty:
      "The office's staff figures will appear here as they are published: the number of staff, their equality make-up, the organisation chart, the salaries of senior posts, and the staff's gifts and hospitality.",
    title: (s: Staff) => s.data.title,
    date: (s: Staff) => s.data.asAt,
    summary: (s: Staff) => s.data.summary,
    facts: (s: Staff) => [
      ['Staff', s.data.headcount === undefined ? undefined : formatNumber(s.data.headcount), s.data.headcount],
      [
        'Full-time equivalent',
        s.data.fullTimeEquivalent === undefined ? undefined : formatNumber(s.data.fullTimeEquivalent),
        s.data.fullTimeEquivalent,
      ],
      ['Organisation chart', s.data.organisationChart],
    ],
    tables: (s: Staff) => [
      ...(s.data.seniorSalaries && s.data.seniorSalaries.length > 0
        ? [
            {
              caption: 'Senior salaries',
              columns: [{ label: 'Post' }, { label: 'Salary a year', numeric: true }],
              rows: s.data.seniorSalaries.map((p) => [p.post, formatPounds(p.salary)]),
            },
          ]
        : []),
      ...(s.data.gifts && s.data.gifts.length > 0 ? [giftsTable(s.data.gifts)] : []),
    ],
  },
} as const satisfies CollectionDefinition;
