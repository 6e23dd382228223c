/**
 * Actions arising: where each was raised, what later meetings reported, and
 * where it stands now. Pure: takes meetings, returns new objects.
 */
import {
  type Action,
  ACTION_STATUS_LABELS,
  type ActionStatus,
  type ActionUpdate,
} from '../../collections/meetings/schema';
import { formatDate } from './format';

// The words for each status are defined beside the values, in the schema; pages that show actions take them from
// here with the helpers. (Importing them here rather than from the schema also keeps the order of the built pages'
// styles as it was.)
export { ACTION_STATUS_DEFINITIONS, ACTION_STATUS_LABELS } from '../../collections/meetings/schema';

/** What this module needs of a meeting. */
export interface MeetingWithActions {
  id: string;
  date: string;
  actions: readonly Action[];
  actionUpdates: readonly ActionUpdate[];
}

export interface ActionHistoryEntry {
  /** Id of the meeting where the status was recorded. */
  meeting: string;
  date: string;
  status: ActionStatus;
  note?: string | undefined;
}

export interface TrackedAction {
  action: Action;
  /** Meeting that raised the action. */
  raisedAt: { id: string; date: string };
  /** Status as raised, then each later update, oldest first. */
  history: ActionHistoryEntry[];
  /** The most recent status. */
  status: ActionStatus;
}

/**
 * Follows every action from the meeting that raised it through the updates
 * recorded at later meetings, oldest first.
 *
 * @example
 * trackActions([
 *   { id: 'cgb-1', date: '2023-03-20', actions: [{ id: 'a', status: 'open', … }], actionUpdates: [] },
 *   { id: 'cgb-2', date: '2023-06-21', actions: [], actionUpdates: [{ action: 'a', status: 'complete' }] },
 * ])[0].status // => "complete"
 */
export function trackActions(meetings: readonly MeetingWithActions[]): TrackedAction[] {
  const ordered = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const tracked = new Map<string, TrackedAction>();
  for (const meeting of ordered) {
    for (const action of meeting.actions) {
      tracked.set(action.id, {
        action,
        raisedAt: { id: meeting.id, date: meeting.date },
        history: [
          {
            meeting: meeting.id,
            date: meeting.date,
            status: action.status,
            note: action.withheld ? undefined : action.note,
          },
        ],
        status: action.status,
      });
    }
  }
  for (const meeting of ordered) {
    for (const update of meeting.actionUpdates) {
      const entry = tracked.get(update.action);
      if (!entry) continue;
      entry.history.push({ meeting: meeting.id, date: meeting.date, status: update.status, note: update.note });
      entry.status = update.status;
    }
  }
  return [...tracked.values()];
}

/**
 * The actions of the meetings published in full, followed through them: a
 * withheld meeting's actions and updates are never read.
 */
export function trackPublishedActions(
  meetings: readonly { id: string; data: { withheld: true } | ({ withheld: false; date: string } & ActionsOf) }[],
): TrackedAction[] {
  return trackActions(
    meetings.flatMap((m) =>
      m.data.withheld
        ? []
        : [{ id: m.id, date: m.data.date, actions: m.data.actions, actionUpdates: m.data.actionUpdates }],
    ),
  );
}
type ActionsOf = Pick<MeetingWithActions, 'actions' | 'actionUpdates'>;

/**
 * An action whose due date has passed and that is not complete or superseded,
 * stated as fact: "due 30 September 2023, open". Undefined when not overdue or
 * when it is due at a meeting rather than on a date.
 *
 * @example overdueNote({ due: { date: '2023-09-30' } }, 'open', '2023-10-09') // => "due 30 September 2023, open"
 */
export function overdueNote(
  action: { due?: { date?: string | undefined } | undefined },
  status: ActionStatus,
  today: string,
): string | undefined {
  const due = action.due?.date;
  if (!due || due >= today || status === 'complete' || status === 'superseded') return undefined;
  return `due ${formatDate(due)}, ${ACTION_STATUS_LABELS[status].toLowerCase()}`;
}
