/**
 * Meetings as an iCalendar feed, written with ical-generator. Times are UK
 * clock times turned into exact instants; each meeting keeps the same UID for
 * ever, so calendar apps update an event rather than add it twice.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { MeetingData } from '../../collections/meetings/schema';
import { formatDate, precisionOf } from '../rules/format';
import { londonToUtc } from '../rules/london-time';

export interface CalendarMeeting {
  id: string;
  data: MeetingData;
  /** e.g. "Police and Crime Panel". */
  name: string;
}

export interface CalendarOptions {
  /** Calendar name shown in calendar apps. */
  name: string;
  siteUrl: string;
  /** DTSTAMP for every event: when the feed was generated. */
  generatedAt: Date;
}

/**
 * Text on one line, with no control characters. ical-generator escapes the
 * fields of an event but writes the calendar's name (NAME, X-WR-CALNAME) as
 * it is given, so a line break in an office or body name would start a line
 * of its own in every subscriber's calendar, a fake event included.
 *
 * @example oneLine('Board\r\nBEGIN:VEVENT') // => "Board BEGIN:VEVENT"
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/** Stable unique id of a meeting's event. */
export function meetingUid(id: string, siteUrl: string): string {
  return `${id}@${new URL(siteUrl).hostname}`;
}

/** How long an event is shown when the papers give a start time but no finishing time. */
export const STATED_DURATION_MINUTES = 120;

/** A meeting a body has announced (at its last meeting) but that has no record of its own yet. */
export interface AnnouncedMeeting {
  bodyId: string;
  /** e.g. "Police and Crime Panel". */
  name: string;
  date: string;
  startTime?: string | undefined;
  note?: string | undefined;
  /** The meeting where it was announced. */
  announcedAt: { id: string; date: string };
}

/**
 * For each body, the next meeting its latest meeting announced, unless a
 * record of that meeting exists already. Month-only dates are left out: a
 * calendar event needs a day.
 */
export function nextAnnouncedMeetings(meetings: readonly (CalendarMeeting & { bodyId: string })[]): AnnouncedMeeting[] {
  const latest = new Map<string, CalendarMeeting & { bodyId: string }>();
  for (const meeting of meetings) {
    const current = latest.get(meeting.bodyId);
    if (!current || meeting.data.date > current.data.date) latest.set(meeting.bodyId, meeting);
  }
  const recorded = new Set(meetings.map((m) => `${m.bodyId} ${m.data.date}`));
  return [...latest.values()].flatMap((meeting) => {
    const next = meeting.data.withheld ? undefined : meeting.data.nextMeeting;
    if (!next?.date || precisionOf(next.date) !== 'day' || next.date <= meeting.data.date) return [];
    if (recorded.has(`${meeting.bodyId} ${next.date}`)) return [];
    return [
      {
        bodyId: meeting.bodyId,
        name: meeting.name,
        date: next.date,
        startTime: next.startTime,
        note: next.note,
        announcedAt: { id: meeting.id, date: meeting.data.date },
      },
    ];
  });
}

const addMinutes = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * 60_000);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);

/**
 * Start and end of an event. Every event has an end: the published finishing
 * time; otherwise a stated length, said in the description; or, with no time
 * at all, the whole day.
 */
function eventTimes(date: string, startTime?: string, endTime?: string) {
  if (!startTime) return { start: new Date(`${date}T00:00:00Z`), end: nextDay(date), allDay: true, stated: false };
  const start = londonToUtc(date, startTime);
  if (endTime) return { start, end: londonToUtc(date, endTime), allDay: false, stated: false };
  return { start, end: addMinutes(start, STATED_DURATION_MINUTES), allDay: false, stated: true };
}

const STATED_LENGTH = `The papers give no finishing time, so this event is shown as ${STATED_DURATION_MINUTES / 60} hours long.`;

/**
 * The iCalendar text for these meetings, and any announced next meetings.
 * Meetings known only to the month are left out: a calendar event needs a day.
 */
export function meetingsCalendar(
  meetings: readonly CalendarMeeting[],
  options: CalendarOptions,
  announced: readonly AnnouncedMeeting[] = [],
): string {
  const calendar = ical({
    name: oneLine(options.name),
    prodId: { company: 'OPCC transparency portal', product: 'meetings' },
  });
  for (const { id, data, name } of meetings) {
    if (precisionOf(data.date) !== 'day') continue;
    const page = `${options.siteUrl}/meetings/${id}/`;
    const { start, end, allDay, stated } = eventTimes(data.date, data.startTime, data.endTime);
    const lines = [data.withheld ? data.withheldReason : data.summary, `Agenda and papers: ${page}`];
    if (!data.withheld && data.webcastUrl) lines.push(`Webcast: ${data.webcastUrl}`);
    if (stated) lines.push(STATED_LENGTH);
    calendar.createEvent({
      id: meetingUid(id, options.siteUrl),
      summary: `${name}${data.status === 'cancelled' ? ' (cancelled)' : ''}`,
      start,
      end,
      allDay,
      location: data.venue ?? null,
      description: lines.filter(Boolean).join('\n'),
      url: page,
      status: data.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: options.generatedAt,
    });
  }
  for (const next of announced) {
    const page = `${options.siteUrl}/bodies/${next.bodyId}/`;
    const { start, end, allDay, stated } = eventTimes(next.date, next.startTime);
    const lines = [
      `Announced at the meeting of ${formatDate(next.announcedAt.date)}${next.note ? `: ${next.note}` : '.'}`,
      `The agenda is published before the meeting: ${page}`,
    ];
    if (stated) lines.push(STATED_LENGTH);
    calendar.createEvent({
      // Keyed by body and date, so the event stays put until the meeting's own record replaces it.
      id: meetingUid(`next-${next.bodyId}-${next.date}`, options.siteUrl),
      summary: `${next.name} (next meeting, as announced)`,
      start,
      end,
      allDay,
      description: lines.join('\n'),
      url: page,
      status: ICalEventStatus.TENTATIVE,
      stamp: options.generatedAt,
    });
  }
  return calendar.toString();
}

/** An iCalendar response for some of the portal's meetings. */
export function calendarResponse(
  meetings: readonly CalendarMeeting[],
  options: CalendarOptions,
  announced: readonly AnnouncedMeeting[] = [],
): Response {
  return new Response(meetingsCalendar(meetings, options, announced), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}
