/** Commissioning plans as the papers print them: a column per year, illegible amounts said so, totals to the penny. */
import { describe, expect, it } from 'vitest';
import { budgetTables, intentionsTable } from '../../../src/collections/commissioning';
import type { CommissioningIntention } from '../../../src/collections/commissioning/schema';

const line = (
  code: string,
  amounts: CommissioningIntention['amounts'],
  mechanism?: 'direct',
): CommissioningIntention => ({
  code,
  priorities: ['SP5'],
  intention: `Intention ${code}`,
  amounts,
  ...(mechanism ? { mechanism } : {}),
});

describe('commissioning tables', () => {
  it('gives a column per year, marks estimates, says where the paper cannot be read, and totals what it can', () => {
    const [table] = intentionsTable([
      line(
        'CI010',
        [
          { year: '2015/16', value: 10000.5, estimate: false },
          { year: '2016/17', value: 10000, estimate: true },
        ],
        'direct',
      ),
      line('CI011', []),
    ]);
    expect(table?.columns.map((c) => c.label)).toEqual([
      'Intention',
      'Funding',
      '2015/16',
      '2016/17 (estimate)',
      'Comment',
    ]);
    expect(table?.rows).toEqual([
      ['CI010 (SP5): Intention CI010', 'Direct', '£10,000.50', '£10,000', ''],
      [
        'CI011 (SP5): Intention CI011',
        'Not legible in the paper',
        'Not legible in the paper',
        'Not legible in the paper',
        '',
      ],
      ['Total of the amounts above', '', '£10,000.50', '£10,000', ''],
    ]);
  });

  it('has no table for a plan without intentions, and splits budget lines by where money came from and went', () => {
    expect(intentionsTable([])).toEqual([]);
    const tables = budgetTables([
      { side: 'funding', label: 'Core', millions: 4.4 },
      { side: 'spending', label: 'Prevention', millions: 3 },
    ]);
    expect(tables.map((t) => [t.caption, t.rows])).toEqual([
      ['Where the money came from', [['Core', '4.4']]],
      ['What it was spent on', [['Prevention', '3']]],
    ]);
  });
});
