import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../../src/domain/friendly-errors';
import { metricSchema } from '../../../src/collections/metrics/schema';
import { makeMetric, metricInput } from '../../fixtures/builders';

const FILE = 'content/metrics/999-calls.yaml';
const parse = (input: unknown) => parseWithFriendlyErrors(metricSchema, input, FILE);

describe('metric schema', () => {
  it('accepts a valid monthly series', () => {
    expect(makeMetric().series).toHaveLength(3);
  });

  it('errors on a percentage above 100, naming the row and the fix', () => {
    expect(() => parse(metricInput({ unit: 'percent', series: [{ period: '2023-05', value: 120 }] }))).toThrow(
      `${FILE}: series[0].value: 120 for 2023-05 is not a percentage between 0 and 100: write 45.2 for 45.2%`,
    );
  });

  it('errors on a malformed period', () => {
    expect(() => parse(metricInput({ series: [{ period: 'May 2023', value: 1 }] }))).toThrow(
      `${FILE}: series[0].period: "May 2023" is not a valid month period: write it as YYYY-MM, e.g. "2023-05"`,
    );
  });

  it("errors on a target period not written as the metric's periods are", () => {
    expect(() => parse(metricInput({ target: { value: 8, period: '2023/24' } }))).toThrow(
      `${FILE}: target.period: "2023/24" is not a valid month period: write it as YYYY-MM, e.g. "2023-05"`,
    );
  });

  it('treats a comparison as a comparator unless it says it is a related series', () => {
    const metric = makeMetric({
      comparisons: [
        { label: 'England and Wales', series: [{ period: '2023-05', value: 1 }] },
        { label: 'DVPOs granted', kind: 'related-series', series: [{ period: '2023-05', value: 1 }] },
      ],
    });
    expect(metric.comparisons.map((c) => c.kind)).toEqual(['comparator', 'related-series']);
  });

  it('errors on a duplicate period', () => {
    expect(() =>
      parse(
        metricInput({
          series: [
            { period: '2023-04', value: 1 },
            { period: '2023-04', value: 2 },
          ],
        }),
      ),
    ).toThrow(`${FILE}: series[1].period: "2023-04" appears twice: keep one row per period`);
  });

  it('errors on periods out of order', () => {
    expect(() =>
      parse(
        metricInput({
          series: [
            { period: '2023-05', value: 1 },
            { period: '2023-04', value: 2 },
          ],
        }),
      ),
    ).toThrow(`${FILE}: series[1].period: "2023-04" comes after "2023-05": list periods oldest first`);
  });

  it('errors on a gap unless the gap is declared', () => {
    const gappy = {
      series: [
        { period: '2023-01', value: 1 },
        { period: '2023-04', value: 2 },
      ],
    };
    expect(() => parse(metricInput(gappy))).toThrow(
      `${FILE}: series[1].period: there is a gap between "2023-01" and "2023-04": add the missing periods, or list "2023-04" under "gapsBefore" if the source has none`,
    );
    expect(makeMetric({ ...gappy, gapsBefore: ['2023-04'] }).series).toHaveLength(2);
  });

  it('checks comparison series the same way', () => {
    expect(() =>
      parse(
        metricInput({
          unit: 'percent',
          series: [{ period: '2023-05', value: 50 }],
          comparisons: [{ label: 'MSG', series: [{ period: '2023-05', value: 101 }] }],
        }),
      ),
    ).toThrow(`${FILE}: comparisons[0].series[0].value: 101 for 2023-05 is not a percentage between 0 and 100`);
  });

  it('errors on a value written with a percent sign', () => {
    expect(() => parse(metricInput({ series: [{ period: '2023-05', value: '86.7%' }] }))).toThrow(
      `${FILE}: series[0].value: must be a plain number, not "86.7%": write it without %, £ or commas, e.g. 20087`,
    );
  });
});
