import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  meetingsCalendar,
  meetingUid,
  nextAnnouncedMeetings,
  STATED_DURATION_MINUTES,
} from '../../../../src/lib/syndication/calendar';
import { londonOffsetMinutes, londonToUtc } from '../../../../src/lib/rules/london-time';
import { makeMeeting } from '../../../fixtures/builders';

describe('UK clock times', () => {
  it('are an hour ahead of UTC in summer and level in winter', () => {
    expect(londonToUtc('2023-10-09', '13:00').toISOString()).toBe('2023-10-09T12:00:00.000Z');
    expect(londonToUtc('2015-01-29', '13:00').toISOString()).toBe('2015-01-29T13:00:00.000Z');
  });

  it('change on the last Sunday of March and October', () => {
    // Clocks go forward at 01:00 UTC on 31 March 2024 and back at 01:00 UTC on 27 October 2024.
    expect(londonToUtc('2024-03-30', '13:00').toISOString()).toBe('2024-03-30T13:00:00.000Z');
    expect(londonToUtc('2024-03-31', '13:00').toISOString()).toBe('2024-03-31T12:00:00.000Z');
    expect(londonToUtc('2024-10-26', '13:00').toISOString()).toBe('2024-10-26T12:00:00.000Z');
    expect(londonToUtc('2024-10-27', '13:00').toISOString()).toBe('2024-10-27T13:00:00.000Z');
    expect(londonOffsetMinutes(new Date('2024-07-01T00:00:00Z'))).toBe(60);
  });
});

describe('meetings calendar', () => {
  const site = 'https://portal.example.org';
  const calendarOf = (meetings: Parameters<typeof meetingsCalendar>[0]) =>
    new ICAL.Component(
      ICAL.parse(
        meetingsCalendar(meetings, { name: 'Meetings', siteUrl: site, generatedAt: new Date('2024-01-01T00:00:00Z') }),
      ) as unknown[],
    );

  it('gives each meeting its UK time, venue, links and a stable UID', () => {
    const data = makeMeeting({
      date: '2023-10-09',
      startTime: '13:00',
      endTime: '14:30',
      venue: 'City Hall, Leicester',
      webcastUrl: 'https://example.org/webcast',
    });
    const [event] = calendarOf([{ id: 'pcp-2023-10-09', data, name: 'Police and Crime Panel' }]).getAllSubcomponents(
      'vevent',
    );
    expect(event.getFirstPropertyValue('uid')).toBe(meetingUid('pcp-2023-10-09', site));
    expect(event.getFirstPropertyValue('uid')).toBe('pcp-2023-10-09@portal.example.org');
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2023-10-09T12:00:00.000Z',
    );
    expect((event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2023-10-09T13:30:00.000Z',
    );
    expect(event.getFirstPropertyValue('location')).toBe('City Hall, Leicester');
    expect(event.getFirstPropertyValue('description')).toContain(`${site}/meetings/pcp-2023-10-09/`);
    expect(event.getFirstPropertyValue('description')).toContain('https://example.org/webcast');
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('marks cancelled meetings and leaves out meetings known only to the month', () => {
    const cancelled = makeMeeting({ date: '2024-01-10', startTime: '10:00', status: 'cancelled' });
    const monthOnly = makeMeeting({ date: '2024-03' });
    const events = calendarOf([
      { id: 'a', data: cancelled, name: 'Board' },
      { id: 'b', data: monthOnly, name: 'Board' },
    ]).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(events[0].getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('publishes only the reason for a withheld meeting', () => {
    const data = makeMeeting({
      visibility: 'closed-session',
      withheldReason: 'Held in private.',
      summary: 'secret',
      startTime: '10:00',
    });
    const text = meetingsCalendar([{ id: 'x', data, name: 'Board' }], {
      name: 'M',
      siteUrl: site,
      generatedAt: new Date(),
    });
    expect(text).toContain('Held in private.');
    expect(text).not.toContain('secret');
  });
});

describe('every calendar event has an end', () => {
  const site = 'https://portal.example.org';
  const options = { name: 'Meetings', siteUrl: site, generatedAt: new Date('2024-01-01T00:00:00Z') };
  const eventsOf = (text: string) =>
    new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('shows a meeting with a start but no finishing time at its stated length, and says so', () => {
    const data = makeMeeting({ date: '2023-10-09', startTime: '13:00' });
    const [event] = eventsOf(
      meetingsCalendar([{ id: 'pcp-2023-10-09', data, name: 'Police and Crime Panel' }], options),
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-10-09T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe(
      new Date(Date.parse('2023-10-09T12:00:00Z') + STATED_DURATION_MINUTES * 60_000).toISOString(),
    );
    expect(event.description).toContain('The papers give no finishing time, so this event is shown as 2 hours long.');
  });

  it('makes a meeting with no time an all-day event that ends at the end of the day', () => {
    const data = makeMeeting({ date: '2023-06-21' });
    const [event] = eventsOf(meetingsCalendar([{ id: 'cgb-2023-06-21', data, name: 'Board' }], options));
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2023-06-22');
  });
});

describe('the next announced meeting', () => {
  const bodyMeeting = (id: string, date: string, next?: { date: string; startTime?: string; note?: string }) => ({
    id,
    bodyId: 'police-and-crime-panel',
    name: 'Police and Crime Panel',
    data: makeMeeting({ date, ...(next ? { nextMeeting: next } : {}) }),
  });

  it('comes from the latest meeting of each body, with its announced time', () => {
    const announced = nextAnnouncedMeetings([
      bodyMeeting('pcp-2023-07-26', '2023-07-26', { date: '2023-10-09' }),
      bodyMeeting('pcp-2023-10-09', '2023-10-09', { date: '2023-12-13', startTime: '13:00', note: 'At 1pm' }),
    ]);
    expect(announced).toEqual([
      {
        bodyId: 'police-and-crime-panel',
        name: 'Police and Crime Panel',
        date: '2023-12-13',
        startTime: '13:00',
        note: 'At 1pm',
        announcedAt: { id: 'pcp-2023-10-09', date: '2023-10-09' },
      },
    ]);
    const [event] = new ICAL.Component(
      ICAL.parse(
        meetingsCalendar([], { name: 'M', siteUrl: 'https://p.example.org', generatedAt: new Date() }, announced),
      ) as unknown[],
    )
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(event.summary).toBe('Police and Crime Panel (next meeting, as announced)');
    expect(event.startDate.toJSDate().toISOString()).toBe('2023-12-13T13:00:00.000Z');
    expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('is left out once the meeting has a record of its own, or when only its month is known', () => {
    expect(
      nextAnnouncedMeetings([
        bodyMeeting('pcp-2023-07-26', '2023-07-26', { date: '2023-10-09' }),
        bodyMeeting('pcp-2023-10-09', '2023-10-09'),
      ]),
    ).toEqual([]);
    expect(nextAnnouncedMeetings([bodyMeeting('cgb-2024-03', '2024-03', { date: '2024-05' })])).toEqual([]);
  });
});
