import { describe, expect, it } from 'vitest';
import { formatTick, niceStep, valueAxis } from '../../../../src/lib/views/charts/axis';
import { sparklinePoints } from '../../../../src/lib/views/charts/sparkline';
import { buildTrendChart, chartTitle, directLabel, keyEntry, sourceLine } from '../../../../src/lib/views/charts/trend';
import { takeaway } from '../../../../src/lib/rules/takeaway';
import { makeMetric } from '../../../fixtures/builders';

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
    expect(model.datasets[0]).toMatchObject({
      kind: 'series',
      label: '999 calls received',
      data: [15684, 16377, 15840, 17176, 20087],
      formatted: ['15,684', '16,377', '15,840', '17,176', '20,087'],
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

describe('chart furniture', () => {
  it('titles the chart with the measure and the periods it shows', () => {
    expect(buildTrendChart('999-calls', demand).title).toBe('999 calls received, April 2022 to May 2023');
    expect(buildTrendChart('999-calls', demand, { from: '2023-04' }).title).toBe(
      '999 calls received, April 2023 to May 2023',
    );
    expect(chartTitle('Victim First satisfaction', 'financial-year', ['2022/23'])).toBe(
      'Victim First satisfaction, 2022/23',
    );
  });

  it('titles the axes with the unit and the period', () => {
    const model = buildTrendChart('999-calls', demand);
    expect(model.yAxis.title).toBe('Number');
    expect(model.xTitle).toBe('Month');
    const rate = buildTrendChart(
      'x',
      makeMetric({
        unit: 'percent',
        periodType: 'financial-year',
        series: [
          { period: '2021/22', value: 3.4 },
          { period: '2022/23', value: 5 },
        ],
      }),
    );
    expect([rate.yAxis.title, rate.xTitle]).toEqual(['Per cent (%)', 'Financial year (April to March)']);
  });

  it('labels the latest value of a single series at its last point, with the period', () => {
    const rate = makeMetric({
      unit: 'percent',
      series: [
        { period: '2023-08', value: 59.9 },
        { period: '2023-09', value: 61.2 },
      ],
    });
    const [series] = buildTrendChart('x', rate).datasets;
    expect(series?.directLabel).toEqual({ index: 1, text: '61.2% (Sep 2023)' });
  });

  it('labels the last published value when the latest periods have none', () => {
    expect(directLabel({ data: [8, 16, null] }, ['Jan 2023', 'Feb 2023', 'Mar 2023'], 'count')).toEqual({
      index: 1,
      text: '16 (Feb 2023)',
    });
  });

  it('has no key for a single series, and a key with every line and its latest value when there are several', () => {
    const single = buildTrendChart('999-calls', demand);
    expect(single.showLegend).toBe(false);
    expect(single.datasets.map((d) => d.key)).toEqual([undefined]);
    const withTarget = buildTrendChart(
      'rape',
      makeMetric({
        unit: 'percent',
        periodType: 'financial-year',
        series: [
          { period: '2021/22', value: 3.4 },
          { period: '2022/23', value: 5 },
        ],
        target: { value: 8, label: 'Force target' },
      }),
    );
    expect(withTarget.showLegend).toBe(true);
    expect(withTarget.datasets.map((d) => d.key)).toEqual(['999 calls received: 5% (2022/23)', 'Force target: 8%']);
    // Only the measure's own line is labelled on the chart; the target is named in the key.
    expect(withTarget.datasets.map((d) => d.directLabel?.text)).toEqual(['5% (2022/23)', undefined]);
  });

  it('keys a comparison by its last published value, and a baseline by its level', () => {
    expect(
      keyEntry({ kind: 'comparison', label: 'DVPOs granted', data: [8, 16, null] }, ['Jan', 'Feb', 'Mar'], 'count'),
    ).toBe('DVPOs granted: 16 (Feb)');
    expect(keyEntry({ kind: 'baseline', label: 'Baseline (2021/22)', data: [3.4, 3.4] }, ['a', 'b'], 'percent')).toBe(
      'Baseline (2021/22): 3.4%',
    );
  });

  it('writes the source line from the metric source', () => {
    expect(sourceLine(makeMetric())).toBe('Source: Police and Crime Panel agenda pack, 9 October 2023');
    expect(
      sourceLine(makeMetric({ source: { title: 'Agenda pack', location: 'Item 9, Figure 5', date: '2023-10-09' } })),
    ).toBe('Source: Agenda pack, Item 9, Figure 5');
  });
});

describe('valueAxis', () => {
  it('starts at zero and ends at the first round value above the highest figure', () => {
    const axis = valueAxis(demand);
    expect([axis.min, axis.max, axis.step]).toEqual([0, 25000, 5000]);
    expect(axis.ticks.map((t) => t.label)).toEqual(['0', '5,000', '10,000', '15,000', '20,000', '25,000']);
  });

  it('takes in the target, baseline and comparisons, so no line runs off the chart', () => {
    const axis = valueAxis(
      makeMetric({
        unit: 'percent',
        periodType: 'financial-year',
        series: [{ period: '2021/22', value: 3.4 }],
        target: { value: 8 },
        comparisons: [{ label: 'England and Wales', series: [{ period: '2021/22', value: 9.1 }] }],
      }),
    );
    expect(axis.max).toBeGreaterThanOrEqual(9.1);
    expect(axis.min).toBe(0);
  });

  it('never runs a percentage axis past 100%', () => {
    const axis = valueAxis(makeMetric({ unit: 'percent', series: [{ period: '2023-05', value: 100 }] }));
    expect(axis.max).toBe(100);
    expect(axis.ticks.at(-1)?.label).toBe('100%');
  });

  it('gives counts whole-number steps and few enough ticks for a phone', () => {
    expect(niceStep(3, 'count')).toBe(1);
    expect(Number.isInteger(niceStep(7, 'count'))).toBe(true);
    for (const highest of [1, 3, 8.9, 30, 100, 2303, 20087, 4600000]) {
      const ticks = valueAxis(makeMetric({ series: [{ period: '2023-05', value: highest }] })).ticks;
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('prints ticks in the unit, money in short form', () => {
    expect(formatTick(60, 'percent')).toBe('60%');
    expect(formatTick(4000000, 'currency')).toBe('£4m');
    expect(formatTick(500000, 'currency')).toBe('£500k');
  });

  it('is the same axis for a series wherever it is drawn: the full chart, a chart from a later period, and the sparkline', () => {
    const full = buildTrendChart('999-calls', demand);
    const recent = buildTrendChart('999-calls', demand, { from: '2023-04' });
    expect(recent.yAxis).toEqual(full.yAxis);
    expect(recent.labels).toHaveLength(2);
    // The sparkline on the same axis: the highest value sits where it does on the chart, below the top.
    const points = sparklinePoints(
      demand.series.map((p) => p.value),
      200,
      40,
      full.yAxis,
    );
    const lastY = Number(points.split(' ').at(-1)?.split(',')[1]);
    expect(lastY).toBeCloseTo(40 - (20087 / full.yAxis.max) * 40, 1);
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
  it('draws on a given value axis, from zero', () => {
    expect(sparklinePoints([5, 10], 100, 20, { min: 0, max: 20 })).toBe('0,15 100,10');
  });
});
