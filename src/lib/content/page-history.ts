/**
 * What an entry page says about its own history: when it was first published,
 * when it was last updated, and the list of its changes, newest first. Notes
 * come from the entry's `changeNotes` and from `Change-note:` trailers of the
 * commits that changed its file; a change without a note shows only its date.
 *
 * "Last updated" follows GOV.UK: it is the latest change with a note for
 * readers, so a reformatted line or a fixed typo does not make a page look
 * newly changed, and every "Last updated" date has a note that explains it.
 */
import { type Change, changesOf, type History } from './git-history';

export interface ChangeNote {
  date: string;
  note: string;
}

export interface HistoryLine {
  /** Day of the change, YYYY-MM-DD. */
  date: string;
  /** The note for readers; none for a change without one. */
  note?: string;
  /** True for the day the page was first published, when that day has no note. */
  firstPublished: boolean;
}

export interface PageHistoryView {
  /** Day the page was first published, when the history reaches back that far. */
  published?: string;
  /** Day of the latest change with a note, when it is after {@link published}. */
  lastUpdated?: string;
  /** Every dated note, newest first, and one line for each other day something changed. */
  lines: HistoryLine[];
}

/**
 * The notes a page may show: its `changeNotes`, unless it is withheld. A
 * withheld record's data has none (the schema drops them), and this keeps it
 * so for any data given here.
 */
export function publicNotesOf(data: object): ChangeNote[] {
  if ('withheld' in data && data.withheld === true) return [];
  if (!('changeNotes' in data) || !Array.isArray(data.changeNotes)) return [];
  return (data.changeNotes as unknown[]).filter(
    (n): n is ChangeNote =>
      typeof n === 'object' &&
      n !== null &&
      typeof (n as ChangeNote).date === 'string' &&
      typeof (n as ChangeNote).note === 'string',
  );
}

/**
 * Builds the page's history from its notes and its file's git changes.
 * With `withheld`, the notes of commits are dropped too, since they may
 * describe the withheld content: the page shows dates only.
 *
 * @example pageHistory({ notes: [{ date: '2024-03-01', note: 'Corrected the amount.' }], changes: [{ date: '2024-01-05', notes: [], added: true }] })
 * // => { published: '2024-01-05', lastUpdated: '2024-03-01', lines: [{ date: '2024-03-01', note: 'Corrected the amount.', firstPublished: false }, { date: '2024-01-05', firstPublished: true }] }
 */
export function pageHistory({
  notes,
  changes,
  withheld = false,
}: {
  notes: readonly ChangeNote[];
  changes: readonly Change[];
  withheld?: boolean;
}): PageHistoryView {
  const published = changes.find((c) => c.added)?.date;
  const byDay = new Map<string, string[]>();
  const add = (date: string, note?: string) => {
    const day = byDay.get(date) ?? [];
    if (note && !day.includes(note)) day.push(note);
    byDay.set(date, day);
  };
  for (const { date, note } of withheld ? [] : notes) add(date, note.replace(/\s+/g, ' ').trim());
  for (const change of changes) {
    add(change.date);
    if (!withheld) for (const note of change.notes) add(change.date, note);
  }
  const days = [...byDay.keys()].sort().reverse();
  const lines = days.flatMap((date): HistoryLine[] => {
    const dayNotes = byDay.get(date) ?? [];
    if (dayNotes.length === 0) return [{ date, firstPublished: date === published }];
    return dayNotes.map((note) => ({ date, note, firstPublished: false }));
  });
  const latestNote = days.find((date) => (byDay.get(date) ?? []).length > 0);
  const lastUpdated = latestNote && (!published || latestNote > published) ? latestNote : undefined;
  return { ...(published && { published }), ...(lastUpdated && { lastUpdated }), lines };
}

/** What a page needs to show its history: its file and its data. */
export interface EntryWithHistory {
  filePath?: string | undefined;
  data: object;
}

/** The history of one entry's page, with whether git history was there to read, and in full. */
export function entryPageHistory(
  entry: EntryWithHistory,
  history: History,
): PageHistoryView & { available: boolean; shallow: boolean } {
  const view = pageHistory({
    notes: publicNotesOf(entry.data),
    changes: changesOf(history, entry.filePath),
    withheld: 'withheld' in entry.data && entry.data.withheld === true,
  });
  return { ...view, available: history.available, shallow: history.shallow };
}
