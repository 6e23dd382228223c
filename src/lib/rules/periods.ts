/**
 * Reporting periods for performance metrics in words for readers. The rules
 * (parsing, ordering) live in the domain layer and are re-exported here.
 */
import { periodIndex, type PeriodType } from '../../domain/periods';
import { MONTHS } from './format';

export {
  PERIOD_FORMATS,
  PERIOD_TYPES,
  type PeriodType,
  PERIODS_PER_YEAR,
  periodIndex,
  shiftPeriod,
} from '../../domain/periods';

const MONTHS_LONG = MONTHS;
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

/**
 * A period in words for readers.
 *
 * @example formatPeriod('month', '2023-05') // => "May 2023"
 * @example formatPeriod('rolling-12-months', '2023-03') // => "12 months to March 2023"
 */
export function formatPeriod(type: PeriodType, period: string, style: 'long' | 'short' = 'long'): string {
  const index = periodIndex(type, period);
  if (index === undefined) return period;
  switch (type) {
    case 'month': {
      const names = style === 'long' ? MONTHS_LONG : MONTHS_SHORT;
      return `${names[index % 12]} ${Math.floor(index / 12)}`;
    }
    case 'rolling-12-months':
      return `12 months to ${MONTHS_LONG[index % 12]} ${Math.floor(index / 12)}`;
    case 'quarter':
      return `Q${(index % 4) + 1} ${Math.floor(index / 4)}`;
    case 'financial-year':
    case 'calendar-year':
      return period;
  }
}
