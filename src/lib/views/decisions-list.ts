/**
 * The decisions register (/decisions/): one row per decision with what the
 * table shows, the filters (year, decision maker, amount band) with only the
 * choices some decision has, the sortable columns and the caption.
 */
import { DECISION_MAKER_LABELS, DECISION_MAKERS } from '../../collections/decisions/schema';
import type { Body, Decision, Meeting } from '../content/portal';
import { formatDate, formatPounds } from '../rules/format';
import {
  AMOUNT_BANDS,
  amountBand,
  describeTableState,
  type FilterSpec,
  type RowValues,
  type SortSpec,
} from './table-filter';
import { entryPath } from '../../collections';

export interface DecisionRow {
  id: string;
  href: string;
  title: string;
  date: string;
  /** The reference the office gives it, e.g. "PCC/2023/012". */
  reference: string | undefined;
  /** Its summary, or for a withheld decision why it is withheld. */
  summary: string;
  /** Short notes under the summary: a part withheld, or that it is not of significant public interest. */
  notes: string[];
  /** Who took it: the body's short name, or the kind of decision maker. */
  maker: string;
  /** The amount in words ("None" when there is none or it is withheld), and where the money comes from. */
  amount: string;
  fundingSource: string | undefined;
  /** The meeting it was taken at, when recorded. */
  meeting: { href: string; label: string } | undefined;
  /** The row's values for filtering and sorting, as data attributes. */
  values: RowValues;
}

export interface DecisionsList {
  rows: DecisionRow[];
  view: {
    filters: FilterSpec[];
    sorts: SortSpec[];
    noun: { one: string; many: string };
    defaultOrder: string;
  };
  caption: string;
}

const SORTS: SortSpec[] = [
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'amount', label: 'Amount', kind: 'number' },
  { key: 'title', label: 'Decision', kind: 'text' },
];

/**
 * @param decisions In the register's order (newest first).
 * @param meetingName How a meeting is named in the table, e.g. "Corporate Governance Board".
 */
export function decisionsList(
  decisions: readonly Decision[],
  bodies: readonly Body[],
  meetingsById: ReadonlyMap<string, Meeting>,
  meetingName: (meeting: Meeting) => string,
): DecisionsList {
  const amountOf = (d: Decision) => (d.data.withheld ? undefined : d.data.amount);
  const rows = decisions.map((d): DecisionRow => {
    const meeting = d.data.meeting ? meetingsById.get(d.data.meeting) : undefined;
    const amount = amountOf(d);
    const published = d.data.withheld ? undefined : d.data;
    return {
      id: d.id,
      href: entryPath('decisions', d.id),
      title: d.data.title,
      date: formatDate(d.data.date),
      reference: d.data.reference,
      summary: d.data.withheld ? `Withheld: ${d.data.withheldReason}` : d.data.summary,
      notes: [
        ...(published?.exemptPart ? [`Part withheld: ${published.exemptPart.reason}`] : []),
        ...(published && !published.significantPublicInterest ? ['Not of significant public interest'] : []),
      ],
      maker: d.data.body
        ? (bodies.find((b) => b.id === d.data.body)?.data.shortName ?? '')
        : DECISION_MAKER_LABELS[d.data.maker],
      amount: amount === undefined ? 'None' : formatPounds(amount),
      fundingSource: published?.fundingSource,
      meeting: meeting && {
        href: entryPath('meetings', meeting.id),
        label: `${meetingName(meeting)}, ${formatDate(meeting.data.date)}`,
      },
      values: {
        date: d.data.date,
        title: d.data.title,
        year: d.data.date.slice(0, 4),
        maker: d.data.maker,
        band: amountBand(amount),
        amount: amount === undefined ? '' : String(amount),
      },
    };
  });

  // Only the choices some decision has: a filter that can show nothing is no choice.
  const present = (key: string, values: readonly string[]) =>
    values.filter((value) => rows.some((row) => row.values[key] === value));
  const years = [...new Set(rows.map((row) => row.values.year ?? ''))].sort().reverse();
  const filters: FilterSpec[] = [
    { key: 'year', label: 'Year', phrase: 'in', options: years.map((y) => ({ value: y, label: y })) },
    {
      key: 'maker',
      label: 'Decision maker',
      phrase: 'taken by',
      options: present('maker', DECISION_MAKERS).map((m) => ({
        value: m,
        label: DECISION_MAKER_LABELS[m as (typeof DECISION_MAKERS)[number]],
      })),
    },
    {
      key: 'band',
      label: 'Amount',
      phrase: 'amount',
      options: AMOUNT_BANDS.filter((band) => present('band', [band.id]).length > 0).map(({ id, label }) => ({
        value: id,
        label,
        // In a sentence: "amount nil or under £10,000".
        phrase: id === 'none' ? 'nil' : label.charAt(0).toLowerCase() + label.slice(1),
      })),
    },
  ];
  const view = { filters, sorts: SORTS, noun: { one: 'decision', many: 'decisions' }, defaultOrder: 'Newest first' };
  return {
    rows,
    view,
    caption: describeTableState({ filters: {} }, { ...view, shown: rows.length, total: rows.length }),
  };
}
