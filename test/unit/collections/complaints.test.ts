/** Complaints figures as the papers print them: each in its unit, grouped into the tables the page shows. */
import { describe, expect, it } from 'vitest';
import { figureTables, formatFigure } from '../../../src/collections/complaints';
import type { ComplaintsFigure } from '../../../src/collections/complaints/schema';

const figure = (f: Partial<ComplaintsFigure> & Pick<ComplaintsFigure, 'label' | 'value'>): ComplaintsFigure => ({
  unit: 'count',
  ...f,
});

describe('complaints figures', () => {
  it('shows each figure in its unit', () => {
    expect(formatFigure(1194, 'count')).toBe('1,194');
    expect(formatFigure(44, 'percent')).toBe('44%');
    expect(formatFigure(145, 'working-days')).toBe('145 working days');
    expect(formatFigure(1, 'days')).toBe('1 day');
  });

  it('groups figures into tables in the order the paper gives them, with a column per comparison', () => {
    const tables = figureTables(
      [
        figure({ label: 'Complaints', value: 677, group: 'Recorded' }),
        figure({
          label: 'Per 1,000 employees',
          value: 299,
          group: 'Recorded',
          comparison: { label: 'England and Wales', value: 251 },
        }),
        figure({ label: 'Average time', value: 145, unit: 'working-days', group: 'Time', note: 'In 2013-14.' }),
      ],
      '2013-14',
    );
    expect(tables).toEqual([
      {
        caption: 'Recorded',
        columns: [
          { label: 'Figure' },
          { label: 'Value', numeric: true },
          { label: 'England and Wales', numeric: true },
        ],
        rows: [
          ['Complaints', '677', ''],
          ['Per 1,000 employees', '299', '251'],
        ],
      },
      {
        caption: 'Time',
        columns: [{ label: 'Figure' }, { label: 'Value', numeric: true }, { label: 'Note' }],
        rows: [['Average time', '145 working days', 'In 2013-14.']],
      },
    ]);
  });

  it('names the table of figures without a group by its period', () => {
    expect(figureTables([figure({ label: 'Reviews', value: 106 })], '2021 to 2023')[0]?.caption).toBe(
      'The figures, 2021 to 2023',
    );
  });
});
