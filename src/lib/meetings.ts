/**
 * Meeting helpers: anchors, labels and the words pages use for outcomes.
 */
import type { ITEM_OUTCOMES, MEETING_STATUSES, RESOLUTION_TYPES } from '../schemas/meetings';

/**
 * Lower-case words joined by hyphens.
 *
 * @example slugify('Rape performance (escalated)') // => "rape-performance-escalated"
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The anchor of an agenda item on its meeting page: its id, else `item-<number>`, else a slug of its title.
 *
 * @example agendaItemAnchor({ number: '6', title: 'Annual report' }) // => "item-6"
 * @example agendaItemAnchor({ number: '6', title: 'Annual report', id: 'annual-report' }) // => "annual-report"
 * @example agendaItemAnchor({ title: 'Reserves Strategy' }) // => "item-reserves-strategy"
 */
export function agendaItemAnchor(item: {
  number?: string | undefined;
  title: string;
  id?: string | undefined;
}): string {
  if (item.id) return item.id;
  const number = item.number ? slugify(item.number) : '';
  return `item-${number || slugify(item.title)}`;
}

export const ITEM_OUTCOME_LABELS: Record<(typeof ITEM_OUTCOMES)[number], string> = {
  noted: 'Noted',
  'noted-without-comment': 'Noted without comment',
  discussed: 'Discussed',
  agreed: 'Agreed',
  approved: 'Approved',
  deferred: 'Deferred',
  'not-reached': 'Not reached',
  'verbal-update': 'Verbal update',
  withdrawn: 'Withdrawn',
};

export const RESOLUTION_TYPE_LABELS: Record<(typeof RESOLUTION_TYPES)[number], string> = {
  noted: 'noted',
  approved: 'approved',
  'approved-subject-to-amendment': 'approved subject to amendment',
  supported: 'supported',
  'request-to-pcc': 'request to the Commissioner',
  'precept-supported': 'precept supported',
  'precept-vetoed': 'precept vetoed',
  elected: 'elected',
  other: 'resolved',
};

export const MEETING_TYPE_LABELS = {
  ordinary: 'Ordinary meeting',
  annual: 'Annual meeting',
  'confirmation-hearing': 'Confirmation hearing',
  extraordinary: 'Extraordinary meeting',
  finance: 'Finance meeting',
} as const;

/** How each meeting status reads on a page. */
export const MEETING_STATUS_LABELS: Record<(typeof MEETING_STATUSES)[number], string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  'agenda-only': 'Agenda published; the minutes are not published here',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};
