import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  firstPageHits,
  type Hit,
  mergeFilterCounts,
  pagesByNewest,
  pagesByRank,
} from '../../../../src/lib/search/bundles';

interface Doc {
  url: string;
  date: string;
}

/** A result like Pagefind's, counting how often its data is fetched. */
function hits(bundle: string, rows: [score: number, date: string][]): (Hit<Doc> & { loads: number })[] {
  return rows.map(([score, date], i) => {
    const hit = {
      id: `${bundle}_${i + 1}`,
      score,
      loads: 0,
      data: () => {
        hit.loads += 1;
        return Promise.resolve({ url: `${bundle}${i + 1}`, date });
      },
    };
    return hit;
  });
}

const urls = (docs: Doc[]) => docs.map((d) => d.url);

describe('mergeFilterCounts', () => {
  it('adds the counts of each value, and keeps values found in one bundle only', () => {
    expect(
      mergeFilterCounts([
        { type: { Meeting: 3, Decision: 2 }, year: { '2023': 5 } },
        { type: { Action: 7, Decision: 1 }, status: { Open: 4 } },
      ]),
    ).toEqual({
      type: { Meeting: 3, Decision: 3, Action: 7 },
      year: { '2023': 5 },
      status: { Open: 4 },
    });
  });
});

describe('pagesByRank', () => {
  const byScore = { titleMatch: () => 0 as const, dateOf: (doc: Doc) => doc.date };

  it('interleaves the bundles by score, a tie going to the first bundle', async () => {
    const next = pagesByRank(
      [
        hits('p', [
          [9, ''],
          [5, ''],
          [1, ''],
        ]),
        hits('r', [
          [7, ''],
          [5, ''],
        ]),
      ],
      byScore,
    );
    expect(urls(await next(3))).toEqual(['p1', 'r1', 'p2']);
    expect(urls(await next(3))).toEqual(['r2', 'p3']);
    expect(await next(3)).toEqual([]);
  });

  it('puts a title that is the query first, then titles holding every word, then by score', async () => {
    const titles: Record<string, 0 | 1 | 2> = { p3: 2, r2: 1 };
    const next = pagesByRank(
      [
        hits('p', [
          [9, ''],
          [5, ''],
          [1, ''],
        ]),
        hits('r', [
          [7, ''],
          [2, ''],
        ]),
      ],
      { titleMatch: (doc) => titles[doc.url] ?? 0, dateOf: (doc) => doc.date },
    );
    expect(urls(await next(5))).toEqual(['p3', 'r2', 'p1', 'r1', 'p2']);
  });

  it('puts the newer of two equal scores first', async () => {
    const next = pagesByRank(
      [
        hits('p', [
          [5, '2015-01-29'],
          [5.01, '2023-10-09'],
          [4, '2024-03'],
        ]),
      ],
      byScore,
    );
    expect(urls(await next(3))).toEqual(['p2', 'p1', 'p3']);
  });

  it('loads the data of the first results to rank them, and beyond them only what is asked for', async () => {
    const pages = hits('p', [
      [4, ''],
      [3, ''],
      [2, ''],
      [1, ''],
    ]);
    const next = pagesByRank([pages, []], byScore, 2);
    expect(urls(await next(3))).toEqual(['p1', 'p2', 'p3']);
    expect(pages.map((h) => h.loads)).toEqual([1, 1, 1, 0]);
  });
});

describe('pagesByNewest', () => {
  const dateOf = (doc: Doc) => doc.date;

  it('merges bundles already sorted newest first into one list newest first, page by page', async () => {
    const next = pagesByNewest(
      [
        hits('p', [
          [0, '2024-05-01'],
          [0, '2024-03-01'],
          [0, '2023-01-01'],
        ]),
        hits('r', [
          [0, '2024-04-01'],
          [0, '2022-01-01'],
        ]),
      ],
      dateOf,
    );
    expect(urls(await next(2))).toEqual(['p1', 'r1']);
    expect(urls(await next(2))).toEqual(['p2', 'p3']);
    expect(urls(await next(2))).toEqual(['r2']);
    expect(await next(2)).toEqual([]);
  });

  it('gives a tie to the first bundle and puts results without a date last', async () => {
    const next = pagesByNewest(
      [
        hits('p', [
          [0, '2024-01-01'],
          [0, ''],
        ]),
        hits('r', [[0, '2024-01-01']]),
      ],
      dateOf,
    );
    expect(urls(await next(5))).toEqual(['p1', 'r1', 'p2']);
  });

  it('fetches at most a page of each bundle at a time, and each result once', async () => {
    const pages = hits('p', [
      [0, '2024-06-01'],
      [0, '2024-05-01'],
      [0, '2024-04-01'],
      [0, '2024-03-01'],
    ]);
    const records = hits('r', [
      [0, '2020-01-01'],
      [0, '2019-01-01'],
      [0, '2018-01-01'],
    ]);
    const next = pagesByNewest([pages, records], dateOf);
    expect(urls(await next(2))).toEqual(['p1', 'p2']);
    expect([...pages, ...records].map((h) => h.loads)).toEqual([1, 1, 0, 0, 1, 1, 0]);
    expect(urls(await next(2))).toEqual(['p3', 'p4']);
    expect([...pages, ...records].map((h) => h.loads)).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });
});

describe('firstPageHits', () => {
  // Two or three bundles of up to 15 results, with scores that often tie and dates that often match.
  const bundles = fc.array(
    fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('', '2021-05-01', '2023-01-09', '2024-11-30')), {
      maxLength: 15,
    }),
    { minLength: 2, maxLength: 3 },
  );
  const loaded = (lists: ReturnType<typeof hits>[]) =>
    new Set(lists.flatMap((list) => list.filter((hit) => hit.loads > 0).map((hit) => hit.id)));
  const ids = (list: readonly Hit<Doc>[]) => new Set(list.map((hit) => hit.id));

  it('names exactly the results whose data the first page by relevance loads', async () => {
    await fc.assert(
      fc.asyncProperty(bundles, fc.integer({ min: 1, max: 10 }), async (rows, count) => {
        const lists = rows.map((r, i) => hits(`b${i}`, r));
        const expected = ids(firstPageHits(lists, count, false));
        await pagesByRank(lists, { titleMatch: () => 0, dateOf: (doc) => doc.date }, count)(count);
        expect(loaded(lists)).toEqual(expected);
      }),
    );
  });

  it('names exactly the results whose data the first page, newest first, loads', async () => {
    await fc.assert(
      fc.asyncProperty(bundles, fc.integer({ min: 1, max: 10 }), async (rows, count) => {
        // Pagefind gives each bundle's results newest first when sorting by date.
        const lists = rows.map((r, i) =>
          hits(
            `b${i}`,
            [...r].sort((a, b) => b[1].localeCompare(a[1])),
          ),
        );
        const expected = ids(firstPageHits(lists, count, true));
        await pagesByNewest(lists, (doc) => doc.date)(count);
        expect(loaded(lists)).toEqual(expected);
      }),
    );
  });
});
