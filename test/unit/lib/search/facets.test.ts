import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countFacets,
  facetsOf,
  facetTable,
  type FacetTable,
  type FilterValues,
  matchesChoice,
} from '../../../../src/lib/search/facets';
import { FILTER_KEYS } from '../../../../src/lib/search/state';

const results: { id: string; filters: FilterValues }[] = [
  { id: 'en_a', filters: { type: ['Action'], year: ['2023'], status: ['Open'] } },
  { id: 'en_b', filters: { type: ['Action'], year: ['2023'], status: ['Open'] } },
  { id: 'en_c', filters: { type: ['Decision'], year: ['2024'], theme: ['Victims', 'Finance'] } },
  // A filter the search page does not offer is left out.
  { id: 'en_d', filters: { type: ['Meeting'], body: ['Police and Crime Panel'], colour: ['red'] } },
];

describe('facetTable and facetsOf', () => {
  it('gives back every result with its own filter values', () => {
    const facets = facetsOf(facetTable(results));
    expect(facets.of('en_a')).toEqual({ type: ['Action'], year: ['2023'], status: ['Open'] });
    expect(facets.of('en_c')).toEqual({ type: ['Decision'], year: ['2024'], theme: ['Finance', 'Victims'] });
    expect(facets.of('en_d')).toEqual({ type: ['Meeting'], body: ['Police and Crime Panel'] });
    expect(facets.of('en_unknown')).toBeUndefined();
  });

  it('writes each combination of values once', () => {
    const table = facetTable(results);
    expect(table.groups).toHaveLength(3);
    expect(table.groups.map((group) => group.ids)).toContain('en_a en_b');
  });

  it('counts every result of the bundle in its totals', () => {
    expect(facetsOf(facetTable(results)).totals).toEqual({
      type: { Action: 2, Decision: 1, Meeting: 1 },
      year: { '2023': 2, '2024': 1 },
      status: { Open: 2 },
      theme: { Victims: 1, Finance: 1 },
      body: { 'Police and Crime Panel': 1 },
    });
  });

  it('is the same file whatever order the fragments are read in', () => {
    expect(JSON.stringify(facetTable([...results].reverse()))).toBe(JSON.stringify(facetTable(results)));
  });

  it('round-trips any filter values through the file', () => {
    const value = fc.string({ minLength: 1, maxLength: 12 });
    const filters = fc.record(
      Object.fromEntries(FILTER_KEYS.map((key) => [key, fc.uniqueArray(value, { maxLength: 3 })])),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 7, maxLength: 7 }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.array(filters, { minLength: 30, maxLength: 30 }),
        (ids, all) => {
          const input = ids.map((id, i) => ({ id: `en_${id}`, filters: all[i] ?? {} }));
          const facets = facetsOf(JSON.parse(JSON.stringify(facetTable(input))) as FacetTable);
          for (const { id, filters } of input) {
            const expected = Object.fromEntries(
              Object.entries(filters).flatMap(([key, values]) =>
                values.length > 0 ? [[key, [...values].sort()]] : [],
              ),
            );
            expect(facets.of(id)).toEqual(expected);
          }
        },
      ),
    );
  });
});

describe('matchesChoice', () => {
  const action = { type: ['Action'], year: ['2023'], status: ['Open'] };
  it('takes values within a filter as alternatives and needs every chosen filter', () => {
    expect(matchesChoice(action, { type: ['Decision', 'Action'] })).toBe(true);
    expect(matchesChoice(action, { type: ['Action'], year: ['2024'] })).toBe(false);
    expect(matchesChoice(action, { theme: ['Victims'] })).toBe(false);
    expect(matchesChoice(action, {})).toBe(true);
  });

  it('keeps a result it knows nothing of only when nothing is chosen', () => {
    expect(matchesChoice(undefined, { type: [] })).toBe(true);
    expect(matchesChoice(undefined, { type: ['Action'] })).toBe(false);
  });
});

describe('countFacets', () => {
  it('counts the values of the given results only', () => {
    const facets = facetsOf(facetTable(results));
    expect(countFacets(facets, ['en_a', 'en_c', 'en_unknown'])).toEqual({
      type: { Action: 1, Decision: 1 },
      year: { '2023': 1, '2024': 1 },
      status: { Open: 1 },
      theme: { Victims: 1, Finance: 1 },
    });
  });

  it('counts each value once for every given result that has it, whatever results share their values', () => {
    const value = fc.constantFrom('a', 'b', 'c');
    const filters = fc.record(
      Object.fromEntries(FILTER_KEYS.map((key) => [key, fc.uniqueArray(value, { maxLength: 2 })])),
    );
    // A few sets of values, each shared by many results, as in a real bundle: the table groups those results.
    const results = fc
      .array(filters, { minLength: 1, maxLength: 4 })
      .chain((sets) => fc.array(fc.tuple(fc.constantFrom(...sets), fc.boolean()), { minLength: 1, maxLength: 40 }));
    fc.assert(
      fc.property(results, (rows) => {
        const input = rows.map(([f], i) => ({ id: `en_${i}`, filters: f }));
        const chosen = input.filter((_, i) => rows[i]?.[1]);
        const expected: Record<string, Record<string, number>> = {};
        for (const { filters: f } of chosen)
          for (const [key, values] of Object.entries(f))
            for (const v of values) (expected[key] ??= {})[v] = (expected[key][v] ?? 0) + 1;
        const counted = countFacets(
          facetsOf(facetTable(input)),
          chosen.map((r) => r.id),
        );
        expect(counted).toEqual(expected);
      }),
    );
  });
});
