/** The Commissioner's annual reports. */
import { type CollectionDefinition, PAGES, newestFirst, type EntryOf, summaryOrReason } from '../definition';
import { ANNUAL_REPORT_PUBLIC_WHEN_WITHHELD, annualReportSchema } from './schema';

export const annualReports = {
  folder: 'annual-reports',
  extensions: PAGES,
  schema: annualReportSchema,
  copyFields: ['title', 'financialYear'],
  withholding: [{ what: 'an annual report', path: '', publicFields: ANNUAL_REPORT_PUBLIC_WHEN_WITHHELD }],
  route: '/annual-reports/',
  entryLabel: 'Annual report',
  registers: [
    {
      href: '/annual-reports/',
      label: 'Annual reports',
      description: "the Commissioner's annual reports to the Police and Crime Panel",
      order: 70,
    },
  ],
  pages: {
    list: 'src/collections/annual-reports/ListPage.astro',
    entry: 'src/collections/annual-reports/EntryPage.astro',
  },
  feed: {
    id: 'annual-reports',
    title: 'Annual reports',
    item: (r: EntryOf<typeof annualReportSchema>) => ({
      title: r.data.title,
      description: summaryOrReason(r.data),
      date: r.data.date,
    }),
  },
  compare: newestFirst<EntryOf<typeof annualReportSchema>>((r) => r.data.financialYear),
} as const satisfies CollectionDefinition;
