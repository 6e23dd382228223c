import { describe, expect, it } from 'vitest';
import {
  amountBand,
  compareRows,
  describeTableState,
  type FilterSpec,
  filterWords,
  matchesFilters,
  parseTableState,
  type SortSpec,
  tableStateQuery,
} from '../../../../src/lib/views/table-filter';

const status: FilterSpec = {
  key: 'status',
  label: 'Status',
  phrase: 'status',
  options: [
    { value: 'open', label: 'Open', phrase: 'open' },
    { value: 'in-progress', label: 'In progress', phrase: 'in progress' },
    { value: 'awaiting-sign-off', label: 'Awaiting sign-off', phrase: 'awaiting sign-off' },
    { value: 'complete', label: 'Complete', phrase: 'complete' },
  ],
};
const body: FilterSpec = {
  key: 'body',
  label: 'Raised by',
  phrase: 'raised by',
  options: [
    { value: 'Corporate Governance Board', label: 'Corporate Governance Board' },
    { value: 'Police and Crime Panel', label: 'Police and Crime Panel' },
  ],
};
const filters = [status, body];
const sorts: SortSpec[] = [
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'amount', label: 'Amount', kind: 'number' },
];

describe('register table filters', () => {
  it('matches when every filter matches one of its chosen values, and no choice means any', () => {
    const row = { status: 'open', year: '2023' };
    expect(matchesFilters(row, { status: ['open', 'complete'], year: [] })).toBe(true);
    expect(matchesFilters(row, { status: ['complete', 'in-progress'] })).toBe(false);
    expect(matchesFilters(row, { status: ['open'], year: ['2024'] })).toBe(false);
    expect(matchesFilters({ theme: 'vawg|victims' }, { theme: ['victims'] })).toBe(true);
    expect(matchesFilters({}, { status: ['open'] })).toBe(false);
  });

  it('sorts numbers as numbers and puts empty values last either way', () => {
    const rows = [{ amount: '5000' }, { amount: '' }, { amount: '160000' }];
    expect([...rows].sort((a, b) => compareRows(a, b, 'amount', 'desc')).map((r) => r.amount)).toEqual([
      '160000',
      '5000',
      '',
    ]);
    expect([...rows].sort((a, b) => compareRows(a, b, 'amount', 'asc')).map((r) => r.amount)).toEqual([
      '5000',
      '160000',
      '',
    ]);
    expect(compareRows({ date: '2015-01-29' }, { date: '2023-10-09' }, 'date', 'asc')).toBeLessThan(0);
  });

  it('puts amounts in bands at their boundaries', () => {
    expect(amountBand(undefined)).toBe('none');
    expect(amountBand(9999.99)).toBe('under-10k');
    expect(amountBand(10000)).toBe('10k-100k');
    expect(amountBand(160000)).toBe('100k-1m');
    expect(amountBand(1_000_000)).toBe('1m-plus');
  });
});

describe('register views in the address', () => {
  it('reads several values of a filter, and a sort', () => {
    expect(
      parseTableState(
        '?status=in-progress&status=open&body=Police+and+Crime+Panel&sort=amount&order=desc',
        filters,
        sorts,
      ),
    ).toEqual({
      filters: { status: ['open', 'in-progress'], body: ['Police and Crime Panel'] },
      sort: { key: 'amount', direction: 'desc' },
    });
  });

  it('ignores unknown keys, unknown values and unknown sorts rather than taking them in', () => {
    const state = parseTableState(
      '?status=open&status=%3Cscript%3Ealert(1)%3C%2Fscript%3E&status=constructor&evil=1&__proto__=x&sort=__proto__&order=sideways',
      filters,
      sorts,
    );
    expect(state).toEqual({ filters: { status: ['open'], body: [] } });
    expect(Object.keys(state.filters)).toEqual(['status', 'body']);
    expect(parseTableState('?sort=date&order=sideways', filters, sorts).sort).toEqual({
      key: 'date',
      direction: 'asc',
    });
    expect(parseTableState('%%%&&==status', filters, sorts)).toEqual({ filters: { status: [], body: [] } });
  });

  it('writes a view in the register order, so one view has one address, and reads it back the same', () => {
    const state = {
      filters: { status: ['complete', 'open', 'open'], body: [] },
      sort: { key: 'date', direction: 'desc' as const },
    };
    const query = tableStateQuery(state, filters, sorts);
    expect(query).toBe('?status=open&status=complete&sort=date&order=desc');
    expect(parseTableState(query, filters, sorts)).toEqual({
      filters: { status: ['open', 'complete'], body: [] },
      sort: { key: 'date', direction: 'desc' },
    });
  });

  it('writes nothing for the default view, or when every value of a filter is chosen', () => {
    expect(tableStateQuery({ filters: {} }, filters, sorts)).toBe('');
    expect(tableStateQuery({ filters: { body: body.options.map((o) => o.value) } }, filters, sorts)).toBe('');
    expect(
      tableStateQuery({ filters: { status: ['nonsense'] }, sort: { key: 'x', direction: 'asc' } }, filters, sorts),
    ).toBe('');
  });
});

describe('register views in words', () => {
  const view = (state: Parameters<typeof describeTableState>[0], shown: number) =>
    describeTableState(state, {
      shown,
      total: 20,
      noun: { one: 'action', many: 'actions' },
      filters,
      sorts,
      defaultOrder: 'Newest meeting first',
    });

  it('says how many rows of how many show and which filters chose them', () => {
    expect(
      view({ filters: { status: ['open', 'in-progress', 'awaiting-sign-off'], body: ['Police and Crime Panel'] } }, 12),
    ).toBe('12 of 20 actions: status not complete, raised by Police and Crime Panel. Newest meeting first.');
    expect(view({ filters: { status: ['open', 'in-progress'] } }, 9)).toBe(
      '9 of 20 actions: status open or in progress. Newest meeting first.',
    );
    expect(view({ filters: { status: ['open'] } }, 4)).toBe('4 of 20 actions: status open. Newest meeting first.');
  });

  it('describes the whole register when nothing narrows it, and the chosen order', () => {
    expect(view({ filters: {} }, 20)).toBe('All 20 actions. Newest meeting first.');
    expect(view({ filters: { body: body.options.map((o) => o.value) } }, 20)).toBe(
      'All 20 actions. Newest meeting first.',
    );
    expect(view({ filters: {}, sort: { key: 'amount', direction: 'desc' } }, 20)).toBe(
      'All 20 actions. Sorted by amount, largest first.',
    );
  });

  it('lists three or more values with commas and "or"', () => {
    const year: FilterSpec = {
      key: 'year',
      label: 'Year',
      phrase: 'year',
      options: ['2015', '2022', '2023', '2024', '2025'].map((y) => ({ value: y, label: y })),
    };
    expect(filterWords(year, ['2015', '2023', '2024'])).toBe('year 2015, 2023 or 2024');
    expect(filterWords(year, ['2015', '2022', '2023', '2024'])).toBe('year not 2025');
    expect(filterWords(body, ['Police and Crime Panel'])).toBe('raised by Police and Crime Panel');
  });
});

describe('a "contains" filter, for values too many to list (a supplier)', () => {
  const supplier: FilterSpec = {
    key: 'supplier',
    kind: 'contains',
    label: 'Supplier name contains',
    phrase: 'supplier containing',
    options: [],
  };
  const both = [supplier, status];

  it('keeps the rows whose value holds the text, ignoring case', () => {
    expect(matchesFilters({ supplier: 'Soar Valley Print Ltd' }, { supplier: ['valley print'] }, both)).toBe(true);
    expect(matchesFilters({ supplier: 'Soar Valley Print Ltd' }, { supplier: ['fleet'] }, both)).toBe(false);
    expect(matchesFilters({ supplier: '' }, { supplier: [] }, both)).toBe(true);
  });

  it('round-trips through the address, trimmed and cut to 100 characters', () => {
    const state = parseTableState(`?supplier=${encodeURIComponent('  acme  ')}&status=open`, both, []);
    expect(state.filters).toEqual({ supplier: ['acme'], status: ['open'] });
    expect(tableStateQuery(state, both, [])).toBe('?supplier=acme&status=open');
    expect(parseTableState(`?supplier=${'x'.repeat(500)}`, both, []).filters.supplier?.[0]).toHaveLength(100);
  });

  it('is put in words in the caption', () => {
    const words = describeTableState(
      { filters: { supplier: ['acme'] } },
      {
        shown: 3,
        total: 10_000,
        noun: { one: 'payment', many: 'payments' },
        filters: both,
        sorts: [],
        defaultOrder: 'As exported',
      },
    );
    expect(words).toBe('3 of 10,000 payments: supplier containing “acme”. As exported.');
  });
});
