import type { APIRoute } from 'astro';
import { site } from '../lib/content/site';
import { buildDate } from '../lib/content/build-date';
import { calendarResponse, nextAnnouncedMeetings } from '../lib/syndication/calendar';
import { getPortal, meetingName } from '../lib/content';

export const GET: APIRoute = async () => {
  const portal = await getPortal();
  const meetings = portal.meetings.map((m) => ({
    id: m.id,
    data: m.data,
    name: meetingName(portal, m),
    bodyId: m.data.body,
  }));
  return calendarResponse(
    meetings,
    {
      name: `${site.office.shortName}: all meetings`,
      siteUrl: site.url,
      generatedAt: new Date(`${buildDate()}T00:00:00Z`),
    },
    nextAnnouncedMeetings(meetings),
  );
};
