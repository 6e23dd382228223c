/**
 * Meetings as an iCalendar feed, written with ical-generator. Times are UK
 * clock times turned into exact instants; each meeting keeps the same UID for
 * ever, so calendar apps update an event rather than add it twice.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { MeetingData } from '../schemas/meetings';
import { londonToUtc } from './london-time';

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

/**
 * The iCalendar text for these meetings. Meetings known only to the month are
 * left out: a calendar event needs a day.
 */
export function meetingsCalendar(meetings: readonly CalendarMeeting[], options: CalendarOptions): string {
  const calendar = ical({
    name: oneLine(options.name),
    prodId: { company: 'OPCC transparency portal', product: 'meetings' },
  });
  for (const { id, data, name } of meetings) {
    if (data.datePrecision !== 'day') continue;
    const page = `${options.siteUrl}/meetings/${id}/`;
    const lines = [data.withheld ? data.withheldReason : data.summary, `Agenda and papers: ${page}`];
    if (!data.withheld && data.webcastUrl) lines.push(`Webcast: ${data.webcastUrl}`);
    const start = data.startTime ? londonToUtc(data.date, data.startTime) : new Date(`${data.date}T00:00:00Z`);
    calendar.createEvent({
      id: meetingUid(id, options.siteUrl),
      summary: `${name}${data.status === 'cancelled' ? ' (cancelled)' : ''}`,
      start,
      end: data.startTime && data.endTime ? londonToUtc(data.date, data.endTime) : undefined,
      allDay: !data.startTime,
      location: data.venue ?? null,
      description: lines.filter(Boolean).join('\n'),
      url: page,
      status: data.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      stamp: options.generatedAt,
    });
  }
  return calendar.toString();
}

/** An iCalendar response for some of the portal's meetings. */
export function calendarResponse(meetings: readonly CalendarMeeting[], options: CalendarOptions): Response {
  return new Response(meetingsCalendar(meetings, options), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
}
