/**
 * Meetings: one file per meeting of one body, in `content/meetings/`.
 * The Markdown body is the public summary of the meeting.
 */
import { z } from 'zod';
import { explain } from '../../domain/explain';
import {
  changeNoteFields,
  checkWithheldReason,
  isoDate,
  isoDateOrMonth,
  labelledEnum,
  paper,
  person,
  slug,
  source,
  text,
  timeOfDay,
  url,
  visibilityFields,
  withhold,
} from '../../schemas/fields';

/** Statuses an action arising can have, in the order an action moves through them, with what each means. */
export const ACTION_STATUS = labelledEnum(
  {
    open: 'Open',
    'in-progress': 'In progress',
    'awaiting-sign-off': 'Awaiting sign-off',
    complete: 'Complete',
    superseded: 'Superseded',
  },
  {
    definitions: {
      open: 'Agreed at a meeting; no progress has been reported yet.',
      'in-progress': 'Work has started and progress has been reported.',
      'awaiting-sign-off': 'The owner reports it done; the Board has not yet agreed that it is complete.',
      complete: 'The Board has agreed that the action is done.',
      superseded: 'Overtaken by a later action or decision; no longer pursued.',
    },
  },
);
export const ACTION_STATUSES = ACTION_STATUS.values;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS = ACTION_STATUS.labels;
export const ACTION_STATUS_DEFINITIONS = ACTION_STATUS.definitions;

/** What happened to an agenda item at the meeting. */
export const ITEM_OUTCOME = labelledEnum({
  noted: 'Noted',
  'noted-without-comment': 'Noted without comment',
  discussed: 'Discussed',
  agreed: 'Agreed',
  approved: 'Approved',
  deferred: 'Deferred',
  'not-reached': 'Not reached',
  'verbal-update': 'Verbal update',
  withdrawn: 'Withdrawn',
});
export const ITEM_OUTCOMES = ITEM_OUTCOME.values;
export const ITEM_OUTCOME_LABELS = ITEM_OUTCOME.labels;

/** How a Panel resolution was framed; the labels are lower case because pages print them inside a sentence. */
export const RESOLUTION_TYPE = labelledEnum({
  noted: 'noted',
  approved: 'approved',
  'approved-subject-to-amendment': 'approved subject to amendment',
  supported: 'supported',
  'request-to-pcc': 'request to the Commissioner',
  'precept-supported': 'precept supported',
  'precept-vetoed': 'precept vetoed',
  elected: 'elected',
  other: 'resolved',
});
export const RESOLUTION_TYPES = RESOLUTION_TYPE.values;
export const RESOLUTION_TYPE_LABELS = RESOLUTION_TYPE.labels;

const resolutionSchema = z.strictObject({
  /** The minute's own numbering, e.g. "(a)" or "1.". */
  ref: text().optional(),
  /** What was resolved, in plain English. */
  text: text(),
  /** What kind of resolution it is. */
  type: RESOLUTION_TYPE.schema(),
  /** How the vote went, where the minutes record it. */
  vote: z
    .strictObject({
      /** Members voting for. */
      for: z.int().nonnegative(),
      /** Members voting against. @default 0 */
      against: z.int().nonnegative().default(0),
      /** Members abstaining. @default 0 */
      abstentions: z.int().nonnegative().default(0),
    })
    .optional(),
  /** Who moved the motion. */
  movedBy: text().optional(),
  /** Who seconded it. */
  secondedBy: text().optional(),
});

/** What the public still sees of a withheld agenda item, and why. */
export const AGENDA_ITEM_PUBLIC_WHEN_WITHHELD = {
  number: 'Agendas are public: the number keeps the published agenda complete.',
  title: 'Agendas are public, including the titles of items taken in private.',
  id: 'The anchor that links to the item on the meeting page.',
} as const;

const agendaItemSchema = z
  .strictObject({
    /** Item number as printed on the agenda, e.g. "6" or "108"; leave out when the papers give none. */
    number: z.union([z.string(), z.number()]).transform(String).optional(),
    /** Title as printed on the agenda. */
    title: text(),
    /** Anchor on the meeting page; defaults to `item-<number>`, or a slug of the title when there is no number. */
    id: slug().optional(),
    /** Who presented the item, e.g. "ACO Paul Dawkins". */
    presenter: person().optional(),
    /** Why the item was on the agenda, in a sentence. */
    purpose: text().optional(),
    /** What was said and concluded, in plain English; a blank line starts a new paragraph. */
    summary: text().optional(),
    /** Corporate Governance Board: the overview of the item. */
    overview: text().optional(),
    /** Corporate Governance Board: the force's update. */
    forceUpdate: text().optional(),
    /** Corporate Governance Board: the Commissioner's response or challenge. */
    pccResponse: text().optional(),
    /** What happened to the item: noted, deferred, not reached, … */
    outcome: ITEM_OUTCOME.schema().optional(),
    /** A few words on the outcome, e.g. "Deferred to the September meeting". */
    outcomeNote: text().optional(),
    /** Formal resolutions of a Panel on this item. */
    resolutions: z.array(resolutionSchema).default([]),
    /** Declarations of interest made on this item. */
    declarations: z
      .array(
        z.strictObject({
          /** Who declared, e.g. "Col. R. Martin". */
          person: text(),
          /** The interest, e.g. "Trustee of Warning Zone". */
          interest: text(),
        }),
      )
      .default([]),
    /** Papers presented for this item. */
    papers: z.array(paper()).default([]),
    /** Ids of decisions (in `content/decisions/`) taken on this item. */
    decisions: z.array(slug()).default([]),
    /** Police and Crime Plan theme ids (from the site config). */
    themes: z.array(slug()).default([]),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .transform((item) => withhold(item, AGENDA_ITEM_PUBLIC_WHEN_WITHHELD));

const actionUpdateSchema = z.strictObject({
  /** Id of the action being updated. */
  action: slug(),
  /** Its status as reported at this meeting. */
  status: ACTION_STATUS.schema(),
  /** What was reported, e.g. "Completed, on the October agenda". */
  note: text().optional(),
});

/** What the public still sees of a withheld action, and why. */
export const ACTION_PUBLIC_WHEN_WITHHELD = {
  id: 'Lets later meetings report progress on the action.',
  owner:
    'Shows who is accountable for it, so the Panel can see the Commissioner holding the force to account even when the subject is withheld.',
  item: 'Links it to its agenda item, whose title is public.',
  due: 'Shows when it is due, so a late action can be seen to be late.',
  status: 'Shows whether it has been done.',
} as const;

const actionSchema = z
  .strictObject({
    /** Unique id across the site, e.g. `cgb-2023-06-stalking-support`. */
    id: slug(),
    /** What was asked for, in plain English. */
    text: text(),
    /** Who must do it, e.g. "Chief Constable". */
    owner: text(),
    /** Agenda item number it arose from. */
    item: z.union([z.string(), z.number()]).transform(String).optional(),
    /** When it is due: a date, or a meeting described in words ("January CGB"). */
    due: z
      .strictObject({
        /** Due date, YYYY-MM-DD. */
        date: isoDate().optional(),
        /** Due at a meeting, in words, e.g. "January 2024 Board". */
        meeting: text().optional(),
      })
      .refine((d) => d.date !== undefined || d.meeting !== undefined, {
        error: explain(
          'needs a date or a meeting',
          'add "date:" (YYYY-MM-DD) or "meeting:" (e.g. "January CGB") under "due:"',
        ),
      })
      .optional(),
    /** Status when the action was raised or last recorded in this file. */
    status: ACTION_STATUS.schema().default('open'),
    /** The words used in the source, e.g. "reviewed awaiting sign off". */
    note: text().optional(),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .transform((action) => withhold(action, ACTION_PUBLIC_WHEN_WITHHELD));

/** What the public still sees of a meeting held wholly in private, and why. */
export const MEETING_PUBLIC_WHEN_WITHHELD = {
  body: 'Names the board or panel that met: the law requires its meetings to be published.',
  meetingType: 'Says what kind of meeting it was.',
  title: "The meeting's own title, where it has one.",
  date: 'Says when it met.',
  startTime: 'Says when it started, as the notice of the meeting did.',
  endTime: 'Says when it finished.',
  status: 'Says whether it took place, was cancelled or postponed.',
  venue: 'Says where it met, as the notice of the meeting did; a venue is never the withheld business.',
} as const;

export const MEETING_TYPE = labelledEnum({
  ordinary: 'Ordinary meeting',
  annual: 'Annual meeting',
  'confirmation-hearing': 'Confirmation hearing',
  extraordinary: 'Extraordinary meeting',
  finance: 'Finance meeting',
});
export const MEETING_TYPES = MEETING_TYPE.values;
export const MEETING_TYPE_LABELS = MEETING_TYPE.labels;

/**
 * Whether the meeting took place, as far as the papers show. `agenda-only`
 * is for a past meeting whose agenda is published but whose minutes are not
 * among the papers, so the portal cannot say it was held.
 */
export const MEETING_STATUS = labelledEnum({
  scheduled: 'Scheduled',
  held: 'Held',
  'agenda-only': 'Agenda published; the minutes are not published here',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
});
export const MEETING_STATUSES = MEETING_STATUS.values;
export const MEETING_STATUS_LABELS = MEETING_STATUS.labels;

export const meetingSchema = z
  .strictObject({
    /** Id of the body that met (a file name in `content/bodies/` without extension). */
    body: slug(),
    /** Kind of meeting. @default "ordinary" */
    meetingType: MEETING_TYPE.schema().default('ordinary'),
    /** Optional title; pages otherwise use the body's name and the date. */
    title: text().optional(),
    /** Day of the meeting, or its month (`2024-03`) when the papers give only the month. */
    date: isoDateOrMonth(),
    /** Start time, e.g. "13:00". */
    startTime: timeOfDay().optional(),
    /** Time the meeting closed, e.g. "13:46". */
    endTime: timeOfDay().optional(),
    /** Date of the published summary, when it differs from the meeting date. */
    reportDate: isoDate().optional(),
    /** Whether the meeting took place. @default "held" */
    status: MEETING_STATUS.schema().default('held'),
    /** Where it was held, e.g. "Meeting Rooms G.01 and G.02, City Hall". */
    venue: text().optional(),
    /** One sentence for listings and search results. */
    summary: text(),
    /** Who chaired it. */
    chair: person().optional(),
    /** Vice-chair, if recorded. */
    viceChair: person().optional(),
    /** Who attended, in groups, e.g. "Panel members", "OPCC", "Force". */
    attendance: z
      .array(
        z.strictObject({
          /** Heading for the group, e.g. "Panel members", "OPCC" or "Force". */
          group: text(),
          /** People in the group, as names or { name, role }. */
          people: z.array(person()).min(1),
        }),
      )
      .default([]),
    /** Apologies for absence. */
    apologies: z.array(person()).default([]),
    /** Whether the meeting was quorate, where recorded. */
    quorate: z.boolean().optional(),
    /** Live or archived webcast. */
    webcastUrl: url().optional(),
    /** Officer to contact about the meeting. */
    officerContact: person().optional(),
    /** Next meeting, as the papers give it. */
    nextMeeting: z
      .strictObject({
        /** Date of the next meeting, when the papers give it; a month (`2024-05`) when they give only the month. */
        date: isoDateOrMonth().optional(),
        /** Its start time, e.g. "13:00", when the papers give it; the calendars then show it at that time. */
        startTime: timeOfDay().optional(),
        /** Anything else the papers say, e.g. "Wednesday 13 December at 1pm". */
        note: text().optional(),
      })
      .optional(),
    /** Agenda items in order. */
    agenda: z.array(agendaItemSchema).default([]),
    /** Actions arising from this meeting. */
    actions: z.array(actionSchema).default([]),
    /** Progress reported at this meeting on actions raised at earlier ones. */
    actionUpdates: z.array(actionUpdateSchema).default([]),
    /** Papers for the meeting as a whole (agenda pack, minutes). */
    papers: z.array(paper()).default([]),
    /** Police and Crime Plan theme ids (from the site config). */
    themes: z.array(slug()).default([]),
    /** Public documents this record was written from. */
    sources: z.array(source()).default([]),
    /** Known problems in the source papers, stated for readers. */
    caveats: z.array(text()).default([]),
    ...changeNoteFields(),
    ...visibilityFields(),
  })
  .superRefine(checkWithheldReason)
  .transform((meeting) => withhold(meeting, MEETING_PUBLIC_WHEN_WITHHELD));

export type MeetingData = z.infer<typeof meetingSchema>;
export type PublishedMeeting = Extract<MeetingData, { withheld: false }>;
export type AgendaItem = PublishedMeeting['agenda'][number];
export type Action = PublishedMeeting['actions'][number];
export type ActionUpdate = PublishedMeeting['actionUpdates'][number];
