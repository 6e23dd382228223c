/**
 * What meetings give open data: the meetings, their agenda items, and the
 * actions they raised with each action's latest status. A withheld meeting
 * keeps its identifying fields, visibility and reason; its agenda and actions
 * are left out.
 */
import type { DataContext, EntryOf } from '../definition';
import { precisionOf } from '../../lib/rules/format';
import { agendaItemAnchor } from '../../lib/rules/meetings';
import { type Dataset, dataset, f, VISIBILITY, visibility } from '../../lib/syndication/dataset';
import type { meetingSchema } from './schema';

export function meetingDatasets(entries: readonly EntryOf<typeof meetingSchema>[], context: DataContext): Dataset[] {
  const published = entries.flatMap((m) => (m.data.withheld ? [] : [{ id: m.id, data: m.data }]));

  const meetings = dataset(
    'meetings',
    'Meetings',
    'One row per meeting of a board or panel.',
    [
      f('id', 'string', 'Identifier; also the last part of the page address'),
      f('url', 'string', 'Page on this portal'),
      f('body', 'string', 'Board or panel that met'),
      // A string, not a Table Schema date: YYYY-MM is a month, never a made-up day.
      f('date', 'string', 'Date of the meeting, YYYY-MM-DD, or YYYY-MM when the papers give only the month'),
      f('date_precision', 'string', 'day, or month when the papers give only the month'),
      f('meeting_type', 'string', 'ordinary, annual, confirmation-hearing, extraordinary or finance'),
      f('status', 'string', 'held, scheduled, agenda-only (agenda published, minutes not), cancelled or postponed'),
      f('start_time', 'string', 'UK time, HH:MM'),
      f('end_time', 'string', 'UK time, HH:MM'),
      f('venue', 'string', 'Where it was held'),
      f('summary', 'string', 'One-sentence summary'),
      f('agenda_items', 'integer', 'Number of agenda items'),
      f('actions_raised', 'integer', 'Number of actions raised'),
      ...VISIBILITY,
    ],
    entries.map((m) => {
      const d = m.data;
      return {
        id: m.id,
        url: context.url(m.id),
        body: context.bodyName(d.body),
        date: d.date,
        date_precision: precisionOf(d.date),
        meeting_type: d.meetingType,
        status: d.status,
        start_time: d.startTime ?? null,
        end_time: d.endTime ?? null,
        venue: d.venue ?? null,
        summary: d.withheld ? null : d.summary,
        agenda_items: d.withheld ? null : d.agenda.length,
        actions_raised: d.withheld ? null : d.actions.length,
        ...visibility(d),
      };
    }),
  );

  const agendaItems = dataset(
    'agenda-items',
    'Agenda items',
    'One row per agenda item of every published meeting.',
    [
      f('meeting_id', 'string', 'Meeting the item was taken at'),
      f('url', 'string', 'The item on the meeting page'),
      f('number', 'string', 'Item number as printed'),
      f('title', 'string', 'Title as printed'),
      f('presenter', 'string', 'Who presented it'),
      f('outcome', 'string', 'What happened to it, e.g. noted, deferred, not-reached'),
      f('summary', 'string', 'Summary; for Corporate Governance Board items, the overview'),
      f('force_update', 'string', 'Corporate Governance Board: the force update'),
      f('pcc_response', 'string', "Corporate Governance Board: the Commissioner's response"),
      f('resolutions', 'string', 'Resolutions, separated by " | "'),
      f('themes', 'string', 'Police and Crime Plan theme ids, separated by " | "'),
      ...VISIBILITY,
    ],
    published.flatMap((m) =>
      m.data.agenda.map((item) => ({
        meeting_id: m.id,
        url: context.url(m.id, agendaItemAnchor(item)),
        number: item.number ?? null,
        title: item.title,
        ...(item.withheld
          ? {}
          : {
              presenter: item.presenter?.name ?? null,
              outcome: item.outcome ?? null,
              summary: item.summary ?? item.overview ?? null,
              force_update: item.forceUpdate ?? null,
              pcc_response: item.pccResponse ?? null,
              resolutions: item.resolutions.map((r) => r.text).join(' | ') || null,
              themes: item.themes.join(' | ') || null,
            }),
        ...visibility(item),
      })),
    ),
  );

  const actions = dataset(
    'actions',
    'Actions arising',
    'One row per action, with its latest status.',
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'The action on the page of the meeting that raised it'),
      f('meeting_id', 'string', 'Meeting that raised it'),
      f('raised_on', 'date', 'Date of that meeting'),
      f('text', 'string', 'What was asked for'),
      f('owner', 'string', 'Who must do it'),
      f('due_date', 'date', 'Due date, where set'),
      f('due_meeting', 'string', 'Meeting it is due at, where set instead'),
      f('status', 'string', 'Latest status: open, in-progress, awaiting-sign-off, complete or superseded'),
      f('last_reported_at', 'string', 'Meeting where the latest status was recorded'),
      f('note', 'string', 'Latest words reported'),
      ...VISIBILITY,
    ],
    context.actions.map(({ action, raisedAt, status, history }) => {
      const latest = history[history.length - 1];
      return {
        id: action.id,
        url: context.url(raisedAt.id, `action-${action.id}`),
        meeting_id: raisedAt.id,
        raised_on: raisedAt.date,
        text: action.withheld ? null : action.text,
        owner: action.owner,
        due_date: action.due?.date ?? null,
        due_meeting: action.due?.meeting ?? null,
        status,
        last_reported_at: latest?.meeting ?? null,
        note: latest?.note ?? null,
        ...visibility(action),
      };
    }),
  );

  return [meetings, agendaItems, actions];
}
