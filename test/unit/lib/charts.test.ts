import { describe, expect, it } from 'vitest';
import { sparklinePoints } from '../../../src/lib/charts/sparkline';
import { buildTrendChart } from '../../../src/lib/charts/trend';
import { takeaway } from '../../../src/lib/takeaway';
import { makeMetric } from '../../fixtures/builders';

const demand = makeMetric({
  series: [
    { period: '2022-04', value: 15684 },
    { period: '2022-05', value: 16377 },
    { period: '2022-06', value: 15840 },
    { period: '2023-04', value: 17176 },
    { period: '2023-05', value: 20087 },
  ],
  gapsBefore: ['2023-04'],
});

describe('buildTrendChart', () => {
  it('labels every period and lines the values up with them', () => {
    const model = buildTrendChart('999-calls', demand);
    expect(model.labels).toEqual(['Apr 2022', 'May 2022', 'Jun 2022', 'Apr 2023', 'May 2023']);
    expect(model.datasets[0]).toEqual({
      kind: 'series',
      label: '999 calls received',
      data: [15684, 16377, 15840, 17176, 20087],
    });
    expect(model.emptyReason).toBeUndefined();
  });

  it('starts from a given period', () => {
    expect(buildTrendChart('999-calls', demand, { from: '2022-06' }).labels).toEqual([
      'Jun 2022',
      'Apr 2023',
      'May 2023',
    ]);
  });

  it('adds target, baseline and comparison lines, with null where a comparison has no value', () => {
    const metric = makeMetric({
      unit: 'percent',
      periodType: 'financial-year',
      series: [
        { period: '2021/22', value: 3.4 },
        { period: '2022/23', value: 5 },
      ],
      target: { value: 8, label: 'Force target' },
      baseline: { value: 3.4, period: '2021/22' },
      comparisons: [{ label: 'Most similar group', series: [{ period: '2022/23', value: 6 }] }],
    });
    const model = buildTrendChart('rape', metric);
    expect(model.datasets.map((d) => [d.kind, d.label, d.data])).toEqual([
      ['series', '999 calls received', [3.4, 5]],
      ['comparison', 'Most similar group', [null, 6]],
      ['target', 'Force target', [8, 8]],
      ['baseline', 'Baseline (2021/22)', [3.4, 3.4]],
    ]);
  });

  it('marks caveats that start at a charted period, numbered as on the page', () => {
    const metric = makeMetric({
      caveats: [{ text: 'General note' }, { text: 'Counting rules changed', from: '2023-04' }],
    });
    expect(buildTrendChart('x', metric).markers).toEqual([
      { index: 1, label: 'Note 2', text: 'Counting rules changed' },
    ]);
  });

  it('explains why there is no chart for a single value', () => {
    const model = buildTrendChart('x', makeMetric({ series: [{ period: '2024-04', value: 86.7 }] }));
    expect(model.emptyReason).toBe('Only one value has been published, so there is no trend to chart yet.');
  });
});

describe('takeaway', () => {
  it('gives the latest value, the change on a year earlier and a record high', () => {
    expect(takeaway(demand)).toBe('20,087 in May 2023: up 22.7% on May 2022, and the highest month in this series.');
  });

  it('compares with the previous period when there is no year-earlier value', () => {
    const metric = makeMetric({
      series: [
        { period: '2023-04', value: 200 },
        { period: '2023-05', value: 150 },
        { period: '2023-06', value: 175 },
      ],
    });
    expect(takeaway(metric)).toBe('175 in June 2023: up 16.7% on May 2023.');
  });

  it('states the position against a target in words', () => {
    const metric = makeMetric({
      unit: 'percent',
      direction: 'higher-is-better',
      periodType: 'financial-year',
      series: [{ period: '2021/22', value: 3.4 }],
      target: { value: 8 },
    });
    expect(takeaway(metric)).toBe('3.4% in 2021/22: below the 8% target.');
  });

  it('keeps the source qualifier on approximate values', () => {
    const metric = makeMetric({ unit: 'percent', series: [{ period: '2014-12', value: 80, qualifier: 'about' }] });
    expect(takeaway(metric)).toBe('About 80% in December 2014.');
  });

  it('notes a record low', () => {
    const metric = makeMetric({
      series: [
        { period: '2023-03', value: 5 },
        { period: '2023-04', value: 4 },
        { period: '2023-05', value: 3 },
      ],
    });
    expect(takeaway(metric)).toBe('3 in May 2023: down 25% on April 2023, and the lowest month in this series.');
  });
});

describe('sparklinePoints', () => {
  it('spans the box, highest value at the top', () => {
    expect(sparklinePoints([0, 5, 10], 100, 20)).toBe('0,20 50,10 100,0');
  });
  it('puts a flat series at mid-height', () => {
    expect(sparklinePoints([7, 7], 100, 20)).toBe('0,10 100,10');
  });
});
