/** Meetings of the boards and panels: agendas, attendance, resolutions and the actions raised. */
import { type CollectionDefinition, PAGES, newestFirst, type EntryOf } from '../definition';
import {
  ACTION_PUBLIC_WHEN_WITHHELD,
  AGENDA_ITEM_PUBLIC_WHEN_WITHHELD,
  MEETING_PUBLIC_WHEN_WITHHELD,
  meetingSchema,
} from './schema';

export const meetings = {
  folder: 'meetings',
  extensions: PAGES,
  schema: meetingSchema,
  copyFields: ['body', 'date', 'meetingType', 'title', 'startTime'],
  withholding: [
    { what: 'a meeting held wholly in private', path: '', publicFields: MEETING_PUBLIC_WHEN_WITHHELD },
    { what: 'an agenda item', path: 'agenda[].', publicFields: AGENDA_ITEM_PUBLIC_WHEN_WITHHELD },
    { what: 'an action', path: 'actions[].', publicFields: ACTION_PUBLIC_WHEN_WITHHELD },
  ],
  route: '/meetings/',
  entryLabel: 'Meeting',
  registers: [
    {
      href: '/meetings/',
      label: 'Meetings',
      description: 'what each board and panel met about, what it decided and what it asked for',
      order: 10,
    },
    // The actions raised at meetings, tracked to completion across later meetings.
    {
      href: '/actions/',
      label: 'Actions',
      description: 'what meetings asked the force and the Commissioner to do, and whether it was done',
      order: 30,
    },
  ],
  compare: newestFirst<EntryOf<typeof meetingSchema>>((m) => m.data.date),
} as const satisfies CollectionDefinition;
