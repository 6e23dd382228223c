/**
 * What meetings give search besides their pages: each published action, as a
 * result of its own that lands where the action was raised, with its latest
 * status. A withheld action, and every action of a withheld meeting, is left out.
 */
import type { EntryOf, SearchContext, SearchPart } from '../definition';
import { trackPublishedActions } from '../../lib/rules/actions';
import { ACTION_STATUS_LABELS, type meetingSchema } from './schema';

/** How an action is typed in search results and the type filter. */
export const ACTION_RESULT = 'Action';

export function actionParts(entries: readonly EntryOf<typeof meetingSchema>[], context: SearchContext): SearchPart[] {
  const published = entries.flatMap((m) => (m.data.withheld ? [] : [{ id: m.id, data: m.data }]));
  const byId = new Map(published.map((m) => [m.id, m]));
  return trackPublishedActions(entries).flatMap(({ action, raisedAt, status, history }) => {
    if (action.withheld) return [];
    const meeting = byId.get(raisedAt.id)!;
    return [
      {
        entryId: meeting.id,
        anchor: `action-${action.id}`,
        title: action.text,
        // The meeting's body and date are shown beside every result; in the text they would make
        // "police" match every action of the Police and Crime Panel.
        text: [`Owner: ${action.owner}`, ...history.map((h) => h.note)],
        type: ACTION_RESULT,
        body: context.bodyName(meeting.data.body),
        date: meeting.data.date,
        themes: meeting.data.themes,
        status: ACTION_STATUS_LABELS[status],
      },
    ];
  });
}
