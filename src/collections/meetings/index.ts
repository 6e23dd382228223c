/** Meetings of the boards and panels: agendas, attendance, resolutions and the actions raised. */
import { type CollectionDefinition, PAGES, newestFirst, type EntryOf, summaryOrReason } from '../definition';
import { actionParts } from './search';
import { meetingDatasets } from './data';
import { placeholder } from '../starter';
import {
  ACTION_PUBLIC_WHEN_WITHHELD,
  AGENDA_ITEM_PUBLIC_WHEN_WITHHELD,
  MEETING_PUBLIC_WHEN_WITHHELD,
  meetingSchema,
} from './schema';

/** The short names meeting files of the launch bodies have always started with; other bodies use their initials. */
const BODY_ABBREVIATIONS: Record<string, string> = {
  'police-and-crime-panel': 'pcp',
  'corporate-governance-board': 'cgb',
};
const initials = (id: string) =>
  id
    .split('-')
    .map((word) => word[0])
    .join('');

type Meeting = EntryOf<typeof meetingSchema>;

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
  pages: {
    list: 'src/collections/meetings/ListPage.astro',
    entry: 'src/collections/meetings/EntryPage.astro',
  },
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
  feed: {
    id: 'meetings',
    title: 'Meetings',
    item: (m: Meeting, context) => ({
      title: context.meetingLabel(m.id) ?? m.id,
      description: summaryOrReason(m.data),
      date: m.data.date,
      categories: [context.bodyName(m.data.body) ?? m.data.body],
    }),
  },
  datasets: meetingDatasets,
  searchParts: actionParts,
  starter: {
    name: 'meeting',
    start: (options) => {
      const body = options.body ?? 'corporate-governance-board';
      return {
        file: `${BODY_ABBREVIATIONS[body] ?? initials(body)}-${options.date}.md`,
        data: {
          body,
          date: options.date,
          startTime: '10:00',
          venue: placeholder('the venue'),
          summary: placeholder('one sentence saying what the meeting covered.'),
          agenda: [
            {
              number: 1,
              title: placeholder('the first agenda item'),
              summary: placeholder('what was said and decided.'),
            },
          ],
        },
        body: placeholder('a public summary of the meeting in a few short paragraphs.'),
      };
    },
  },
  compare: newestFirst<EntryOf<typeof meetingSchema>>((m) => m.data.date),
} as const satisfies CollectionDefinition;
