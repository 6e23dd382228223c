/** The budget and precept for each financial year (Specified Information Order, paragraph 3). */
import { type CollectionDefinition, type EntryOf, PAGES } from '../definition';
import { financialYearOf, shiftPeriod } from '../../domain/periods';
import { placeholder } from '../starter';
import { formatPounds } from '../../lib/rules/format';
import { budgetSchema } from './schema';

type Budget = EntryOf<typeof budgetSchema>;

/** The Band D precept as the papers print it, to four decimal places when they do. */
const poundsAsPrinted = (amount: number) => `£${String(amount)}`;

export const budgets = {
  folder: 'budgets',
  extensions: PAGES,
  schema: budgetSchema,
  copyFields: ['financialYear'],
  route: '/budgets/',
  entryLabel: 'Budget and precept',
  registers: [
    {
      href: '/budgets/',
      label: 'Budgets',
      description: 'the budget and police precept set for each financial year',
      order: 25,
      inHeader: false,
    },
  ],
  // Newest year first.
  compare: (a: Budget, b: Budget) =>
    b.data.financialYear.localeCompare(a.data.financialYear) || a.id.localeCompare(b.id),
  starter: {
    name: 'budget',
    start: (options) => {
      // A budget is set before its year begins: the one to start is for the coming financial year.
      const year = shiftPeriod('financial-year', financialYearOf(options.date), 1) ?? financialYearOf(options.date);
      return {
        file: `${year.replace('/', '-')}.md`,
        data: {
          financialYear: year,
          title: `Budget and precept ${year}`,
          summary: placeholder('what was set, in a sentence or two.'),
          sources: [{ title: placeholder('the paper the figures come from') }],
        },
        body: placeholder('how the budget and precept were set.'),
      };
    },
  },
  display: {
    intro:
      'The budget and the police precept (the police part of council tax) the Commissioner set for each financial year, with the figures the Police and Crime Panel considered.',
    title: (b: Budget) => b.data.title,
    // Dated by the Panel's meeting on it, or else by the start of the year it is for.
    date: (b: Budget) => b.data.considered ?? `${b.data.financialYear.slice(0, 4)}-04`,
    summary: (b: Budget) => b.data.summary,
    facts: (b: Budget) => {
      const { budgetRequirement, councilTaxRequirement, preceptIncreasePercent, bandD, bandDRise } = b.data;
      const money = (amount: number | undefined) => (amount === undefined ? undefined : formatPounds(amount));
      return [
        ['Financial year', b.data.financialYear],
        ['Budget requirement', money(budgetRequirement), budgetRequirement],
        ['Council tax requirement', money(councilTaxRequirement), councilTaxRequirement],
        [
          'Precept increase',
          preceptIncreasePercent === undefined ? undefined : `${preceptIncreasePercent}%`,
          preceptIncreasePercent,
        ],
        ['Band D precept', bandD === undefined ? undefined : poundsAsPrinted(bandD), bandD],
        ['Band D rise a year', money(bandDRise), bandDRise],
      ];
    },
  },
} as const satisfies CollectionDefinition;
