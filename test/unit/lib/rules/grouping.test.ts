import { describe, expect, it } from 'vitest';
import { countBy, groupBy } from '../../../../src/lib/rules/grouping';

describe('groupBy and countBy', () => {
  it('groups in order of first appearance', () => {
    expect(groupBy([{ y: 2023 }, { y: 2015 }, { y: 2023 }], (e) => e.y).map(([k, v]) => [k, v.length])).toEqual([
      [2023, 2],
      [2015, 1],
    ]);
  });
  it('counts every listed key, including those with none', () => {
    expect(
      countBy(['open', 'complete', 'open'], (s) => s as 'open' | 'complete' | 'superseded', [
        'open',
        'complete',
        'superseded',
      ]),
    ).toEqual({
      open: 2,
      complete: 1,
      superseded: 0,
    });
  });
});
