/**
 * Reporting periods for performance metrics: parsing and ordering. Each
 * period type has one written form, so files sort and compare simply. The
 * metric schema checks periods with these rules; `lib/periods.ts` words them.
 */

export const PERIOD_TYPES = ['month', 'quarter', 'financial-year', 'calendar-year', 'rolling-12-months'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** How each period type is written in content files, for error messages. */
export const PERIOD_FORMATS: Record<PeriodType, string> = {
  month: 'YYYY-MM, e.g. "2023-05"',
  quarter: 'YYYY-Qn, e.g. "2023-Q2"',
  'financial-year': 'YYYY/YY, e.g. "2022/23"',
  'calendar-year': 'YYYY, e.g. "2022"',
  'rolling-12-months': 'YYYY-MM for the last month of the 12, e.g. "2023-03"',
};

/**
 * Turns a period into a sequence number, so that consecutive periods differ by 1.
 * Returns `undefined` when the text is not a valid period of that type.
 *
 * @example periodIndex('month', '2023-05') - periodIndex('month', '2023-04') // => 1
 */
export function periodIndex(type: PeriodType, period: string): number | undefined {
  switch (type) {
    case 'month':
    case 'rolling-12-months': {
      const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
      return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : undefined;
    }
    case 'quarter': {
      const m = /^(\d{4})-Q([1-4])$/.exec(period);
      return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : undefined;
    }
    case 'financial-year': {
      const m = /^(\d{4})\/(\d{2})$/.exec(period);
      if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) return undefined;
      return Number(m[1]);
    }
    case 'calendar-year': {
      const m = /^(\d{4})$/.exec(period);
      return m ? Number(m[1]) : undefined;
    }
  }
}

/**
 * The period `offset` steps away from `period`, in the same written form.
 *
 * @example shiftPeriod('month', '2023-05', -12) // => "2022-05"
 */
export function shiftPeriod(type: PeriodType, period: string, offset: number): string | undefined {
  const index = periodIndex(type, period);
  if (index === undefined) return undefined;
  const next = index + offset;
  switch (type) {
    case 'month':
    case 'rolling-12-months':
      return `${Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${Math.floor(next / 4)}-Q${(next % 4) + 1}`;
    case 'financial-year':
      return `${next}/${String((next + 1) % 100).padStart(2, '0')}`;
    case 'calendar-year':
      return String(next);
  }
}

/** How many periods of a type make a year, for "same period last year" comparisons. */
export const PERIODS_PER_YEAR: Record<PeriodType, number> = {
  month: 12,
  'rolling-12-months': 12,
  quarter: 4,
  'financial-year': 1,
  'calendar-year': 1,
};

/**
 * The financial year (April to March) a day falls in.
 *
 * @example financialYearOf('2024-03-31') // => "2023/24"
 * @example financialYearOf('2024-04-01') // => "2024/25"
 */
export function financialYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
