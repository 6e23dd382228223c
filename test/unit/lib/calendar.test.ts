import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingsCalendar, meetingUid } from '../../../src/lib/calendar';
import { londonOffsetMinutes, londonToUtc } from '../../../src/lib/london-time';
import { makeMeeting } from '../../fixtures/builders';

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
    const monthOnly = makeMeeting({ date: '2024-03-01', datePrecision: 'month' });
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
