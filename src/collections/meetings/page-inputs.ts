/**
 * What a meeting's page shows besides the meeting (see
 * src/lib/content/page-cache.ts): its body; the decisions its agenda links;
 * every meeting that raised or reported on an action the page lists, with
 * those meetings' bodies (their names label each update); and the build date,
 * against which actions are overdue.
 */
import type { Meeting, Portal } from '../../lib/content/portal';
import type { KeyedEntry, PageInputs } from '../../lib/content/page-cache';

export function meetingPageInputs(portal: Portal, meeting: Meeting): PageInputs {
  const actions = [
    ...(portal.actionsRaisedAt.get(meeting.id) ?? []),
    ...(portal.actionsUpdatedAt.get(meeting.id) ?? []),
  ];
  const meetingIds = new Set(actions.flatMap((a) => [a.raisedAt.id, ...a.history.map((h) => h.meeting)]));
  const meetings = [...meetingIds].map((id) => portal.meetingsById.get(id));
  const bodyIds = new Set([meeting, ...meetings].flatMap((m) => (m ? [m.data.body] : [])));
  const decisionIds = meeting.data.withheld
    ? []
    : meeting.data.agenda.flatMap((item) => (item.withheld ? [] : item.decisions));
  return {
    shows: [
      ...meetings,
      ...portal.bodies.filter((b) => bodyIds.has(b.id)),
      ...decisionIds.map((id) => portal.decisionsById.get(id)),
    ],
    today: true,
  };
}

/** A meeting another page names ("Corporate Governance Board, 20 March 2023"), with the body whose name it takes. */
export function namedMeeting(portal: Portal, id: string | undefined): (KeyedEntry | undefined)[] {
  const meeting = id === undefined ? undefined : portal.meetingsById.get(id);
  return meeting ? [meeting, portal.bodies.find((b) => b.id === meeting.data.body)] : [];
}
