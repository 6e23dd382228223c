/**
 * A register of gifts and hospitality as a table on an entry's page: kept by
 * the office holders and by the staff, each entry with who received it where
 * the register is for several people.
 */
import type { z } from 'zod';
import type { FigureTable } from './definition';
import { formatDate, formatPounds } from '../lib/rules/format';
import type { giftOrHospitality } from '../schemas/fields';

type Gift = z.output<ReturnType<typeof giftOrHospitality>>;

/** A register of gifts and hospitality as a table, with who received each where the register says. */
export function giftsTable(gifts: readonly Gift[]): FigureTable {
  const recipients = gifts.some((g) => g.recipient);
  return {
    caption: 'Register of gifts and hospitality',
    columns: [
      { label: 'Gift or hospitality' },
      { label: 'Date' },
      ...(recipients ? [{ label: 'Received by' }] : []),
      { label: 'From' },
      { label: 'Value', numeric: true },
      { label: 'Accepted' },
    ],
    rows: gifts.map((g) => [
      g.description,
      formatDate(g.date),
      ...(recipients ? [g.recipient ?? ''] : []),
      g.from,
      g.value === undefined ? '' : formatPounds(g.value),
      g.accepted ? 'Yes' : 'No',
    ]),
  };
}
