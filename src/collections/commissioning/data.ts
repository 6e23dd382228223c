/** What commissioning gives open data: each intention's amount for each year, and each budget line, as numbers. */
import type { DataContext, EntryOf } from '../definition';
import { type Dataset, dataset, f, type Row } from '../../lib/syndication/dataset';
import type { commissioningSchema } from './schema';

export function commissioningDatasets(
  entries: readonly EntryOf<typeof commissioningSchema>[],
  context: DataContext,
): Dataset[] {
  return [
    dataset(
      'commissioning-intentions',
      'Commissioning intentions',
      'One row for each year of each funding line of a commissioning framework, as the paper prints it.',
      [
        f('record', 'string', 'Identifier of the plan'),
        f('url', 'string', "The plan's page on this portal"),
        f('code', 'string', "The framework's code for the intention"),
        f('priorities', 'string', "The Police and Crime Plan's strategic priorities it serves, separated by spaces"),
        f('intention', 'string', 'The intention, as the framework words it'),
        f('mechanism', 'string', 'direct, pcc-grant, co-commissioned or tbc; empty where the paper cannot be read'),
        f('financial_year', 'string', 'The financial year of the amount'),
        f('amount_gbp', 'number', 'The amount, in pounds; empty where the paper cannot be read'),
        f('estimate', 'boolean', 'True when the paper gives the amount as an estimate'),
        f('comment', 'string', 'Who provides it, or anything else the framework says of it'),
      ],
      entries.flatMap((e) =>
        e.data.intentions.flatMap((i): Row[] => {
          const base = {
            record: e.id,
            url: context.url(e.id),
            code: i.code,
            priorities: i.priorities.join(' '),
            intention: i.intention,
            mechanism: i.mechanism ?? null,
            comment: i.comment ?? null,
          };
          if (i.amounts.length === 0) return [{ ...base, financial_year: null, amount_gbp: null, estimate: null }];
          return i.amounts.map((a) => ({ ...base, financial_year: a.year, amount_gbp: a.value, estimate: a.estimate }));
        }),
      ),
    ),
    dataset(
      'commissioning-budget',
      'Commissioning budget lines',
      'Where the commissioning budget came from and what it was spent on, in millions of pounds as printed.',
      [
        f('record', 'string', 'Identifier of the budget'),
        f('url', 'string', "The budget's page on this portal"),
        f('financial_year', 'string', 'The financial year'),
        f('side', 'string', 'funding (where the money came from) or spending (what it was spent on)'),
        f('line', 'string', 'The line, as the paper words it'),
        f('gbp_millions', 'number', 'Millions of pounds, as printed'),
      ],
      entries.flatMap((e) =>
        e.data.budgetLines.map((l) => ({
          record: e.id,
          url: context.url(e.id),
          financial_year: e.data.financialYear,
          side: l.side,
          line: l.label,
          gbp_millions: l.millions,
        })),
      ),
    ),
  ];
}
