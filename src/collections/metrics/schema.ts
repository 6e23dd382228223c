/**
 * Performance metrics: one measure and its time series per YAML file in
 * `content/metrics/`. Periods are checked: well formed, in order, no
 * duplicates, and no gaps unless the file declares them.
 */
import { z } from 'zod';
import { explain } from '../../domain/explain';
import {
  PERIOD_FORMATS,
  PERIOD_TYPES,
  type PeriodType,
  PERIODS_PER_YEAR,
  periodIndex,
  shiftPeriod,
} from '../../domain/periods';
import { changeNoteFields, expecting, isoDate, labelledEnum, slug, source, text } from '../../schemas/fields';

export const UNITS = ['percent', 'count', 'currency', 'minutes', 'days'] as const;
export type Unit = (typeof UNITS)[number];
/** Which way the measure should move, as the metric's page says it. */
export const DIRECTION = labelledEnum({
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  'no-preference': 'Neither higher nor lower is better in itself',
});
export const DIRECTIONS = DIRECTION.values;
export const DIRECTION_LABELS = DIRECTION.labels;
/** What a series beside the main one is: see `comparisons[].kind`. */
export const COMPARISON_KINDS = ['comparator', 'related-series'] as const;
/** How a source qualifies an approximate value. */
export const QUALIFIERS = ['about', 'more-than', 'less-than'] as const;

const pointSchema = z.strictObject({
  /** The period, written as the metric's `periodType` requires, e.g. "2023-05". */
  period: z
    .union([z.string(), z.number()], {
      error: expecting('a period', 'write it as the periodType asks, e.g. "2023-05"'),
    })
    .transform(String),
  /** The value for the period, as a plain number (no % or commas). */
  value: z.number({ error: expecting('a plain number', 'write it without %, £ or commas, e.g. 20087') }),
  /** A note on this value, e.g. "Part year: 1 January to 5 March 2023". */
  note: text().optional(),
  /** How the source qualifies the value, e.g. `about` for "≈80%" or `more-than` for ">86%". */
  qualifier: z.enum(QUALIFIERS).optional(),
  /**
   * Percentage changes exactly as the source prints them, e.g. `{ oneYear: 22.7 }` for
   * "+22.7% on a year earlier". Checked against the series where both values are present.
   */
  changesAsPublished: z
    .strictObject({
      /** Change on the same period one year earlier, in per cent. */
      oneYear: z.number().optional(),
      /** Change on the same period two years earlier, in per cent. */
      twoYears: z.number().optional(),
      /** Change on the same period three years earlier, in per cent. */
      threeYears: z.number().optional(),
    })
    .optional(),
});

type Point = z.infer<typeof pointSchema>;

/** Checks one series: period format, order, duplicates, gaps and percentages. */
function checkSeries(
  points: Point[],
  path: (string | number)[],
  periodType: PeriodType,
  unit: Unit,
  declaredGaps: string[],
  ctx: z.RefinementCtx,
): void {
  let previous: { index: number; period: string } | undefined;
  const seen = new Set<string>();
  points.forEach((point, row) => {
    const at = [...path, row];
    const index = periodIndex(periodType, point.period);
    if (index === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'period'],
        message: explain(
          `"${point.period}" is not a valid ${periodType} period`,
          `write it as ${PERIOD_FORMATS[periodType]}`,
        ),
      });
      return;
    }
    if (seen.has(point.period)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'period'],
        message: explain(`"${point.period}" appears twice`, `keep one row per period`),
      });
    }
    seen.add(point.period);
    if (unit === 'percent' && (point.value < 0 || point.value > 100)) {
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'value'],
        message: explain(
          `${point.value} for ${point.period} is not a percentage between 0 and 100`,
          `write 45.2 for 45.2%`,
        ),
      });
    }
    if (previous) {
      if (index <= previous.index) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'period'],
          message: explain(`"${point.period}" comes after "${previous.period}"`, `list periods oldest first`),
        });
      } else if (index > previous.index + 1 && !declaredGaps.includes(point.period)) {
        ctx.addIssue({
          code: 'custom',
          path: [...at, 'period'],
          message: explain(
            `there is a gap between "${previous.period}" and "${point.period}"`,
            `add the missing periods, or list "${point.period}" under "gapsBefore" if the source has none`,
          ),
        });
      }
    }
    previous = { index, period: point.period };
  });
  checkPublishedChanges(points, path, periodType, ctx);
}

/** Published changes must agree with the values they describe, to the source's rounding. */
function checkPublishedChanges(
  points: Point[],
  path: (string | number)[],
  periodType: PeriodType,
  ctx: z.RefinementCtx,
): void {
  const byPeriod = new Map(points.map((p) => [p.period, p.value]));
  points.forEach((point, row) => {
    const published = point.changesAsPublished;
    if (!published) return;
    for (const [key, years] of [
      ['oneYear', 1],
      ['twoYears', 2],
      ['threeYears', 3],
    ] as const) {
      const printed = published[key];
      const earlierPeriod = shiftPeriod(periodType, point.period, -years * PERIODS_PER_YEAR[periodType]);
      const earlier = earlierPeriod === undefined ? undefined : byPeriod.get(earlierPeriod);
      if (printed === undefined || earlier === undefined || earlier === 0) continue;
      const actual = ((point.value - earlier) / earlier) * 100;
      if (Math.abs(actual - printed) > 0.1) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, row, 'changesAsPublished', key],
          message: explain(
            `${printed}% does not match the values (${earlierPeriod}: ${earlier}, ${point.period}: ${point.value} is ${actual.toFixed(1)}%)`,
            `check both, and record any error in the source as a caveat`,
          ),
        });
      }
    }
  });
}

export const metricSchema = z
  .strictObject({
    /** Title for the public, e.g. "999 calls received". */
    title: text(),
    /** Short title for small charts, e.g. "999 calls". */
    shortTitle: text().optional(),
    /** Plain-English definition: what is counted and how. */
    definition: text(),
    /** Unit of every value. */
    unit: z.enum(UNITS),
    /** Which way is better; `no-preference` for demand measures. */
    direction: DIRECTION.schema(),
    /** What one period is. */
    periodType: z.enum(PERIOD_TYPES),
    /** Police and Crime Plan theme id (from the site config). */
    theme: slug(),
    /** Where the figures come from. */
    source: source().extend({
      /** Date of the source document. */
      date: isoDate(),
    }),
    /** Last day the data covers. */
    dataTo: isoDate(),
    /** Target, where one is set. */
    target: z
      .strictObject({
        /** The target value, in the metric's unit. */
        value: z.number(),
        /** Whose target it is, e.g. "Force target". */
        label: text().optional(),
        /** The period the target is for, where the source says, e.g. "2023/24". Leave out if it gives none. */
        period: z.union([z.string(), z.number()]).transform(String).optional(),
      })
      .optional(),
    /** Baseline the target is measured from, where there is one. */
    baseline: z
      .strictObject({
        /** The baseline value, in the metric's unit. */
        value: z.number(),
        /** The period it was measured in, e.g. "2021/22". */
        period: z.union([z.string(), z.number()]).transform(String),
        /** What it is, e.g. "2021/22 outturn". */
        label: text().optional(),
      })
      .optional(),
    /** Periods that follow a gap the source really has, e.g. ["2023"] if 2022 is missing. */
    gapsBefore: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
    /** The values, oldest first. */
    series: z.array(pointSchema).min(1, { error: explain('needs at least one value', 'add a period and its value') }),
    /** Other series to compare with, e.g. the most similar group average. */
    comparisons: z
      .array(
        z.strictObject({
          /** What the series is, e.g. "England and Wales" or "DVPOs granted". */
          label: text(),
          /**
           * `comparator`: the same measure somewhere else, e.g. the England and Wales figure.
           * `related-series`: another count from the same source table, shown alongside, e.g.
           * DVPOs granted beside DVPNs issued. Open data names each figure by this kind.
           * @default comparator
           */
          kind: z.enum(COMPARISON_KINDS).default('comparator'),
          /** Its values, same periods and unit as `series`. */
          series: z.array(pointSchema).min(1),
        }),
      )
      .default([]),
    /** Methodology changes, small samples, counting-rule changes; optionally from a period. */
    caveats: z
      .array(
        z.strictObject({
          /** The caveat in plain English. */
          text: text(),
          /** The first period it applies to, e.g. "2023-06" for a counting-rule change. */
          from: z.union([z.string(), z.number()]).transform(String).optional(),
        }),
      )
      .default([]),
    /** Position on the dashboard within its theme; lower comes first. @default 100 */
    order: z.int().default(100),
    ...changeNoteFields(),
  })
  .superRefine((m, ctx) => {
    checkSeries(m.series, ['series'], m.periodType, m.unit, m.gapsBefore, ctx);
    m.comparisons.forEach((c, i) =>
      checkSeries(c.series, ['comparisons', i, 'series'], m.periodType, m.unit, m.gapsBefore, ctx),
    );
    for (const [field, value] of [
      ['target', m.target?.value],
      ['baseline', m.baseline?.value],
    ] as const) {
      if (m.unit === 'percent' && value !== undefined && (value < 0 || value > 100)) {
        ctx.addIssue({
          code: 'custom',
          path: [field, 'value'],
          message: `${value} is not a percentage between 0 and 100`,
        });
      }
    }
    for (const [field, period] of [
      ['baseline', m.baseline?.period],
      ['target', m.target?.period],
    ] as const) {
      if (period !== undefined && periodIndex(m.periodType, period) === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field, 'period'],
          message: explain(
            `"${period}" is not a valid ${m.periodType} period`,
            `write it as ${PERIOD_FORMATS[m.periodType]}`,
          ),
        });
      }
    }
  });

export type MetricData = z.infer<typeof metricSchema>;
