import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../lib/content/site';
import { buildDate } from '../../../lib/content/build-date';
import { calendarResponse, nextAnnouncedMeetings } from '../../../lib/syndication/calendar';
import { type Body, getPortal, meetingName } from '../../../lib/content';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  return portal.bodies.map((body) => ({ params: { slug: body.id }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Body }> = async ({ props }) => {
  const portal = await getPortal();
  const meetings = portal.meetings
    .filter((m) => m.data.body === props.body.id)
    .map((m) => ({ id: m.id, data: m.data, name: meetingName(portal, m), bodyId: m.data.body }));
  return calendarResponse(
    meetings,
    {
      name: `${site.office.shortName}: ${props.body.data.name}`,
      siteUrl: site.url,
      generatedAt: new Date(`${buildDate()}T00:00:00Z`),
    },
    nextAnnouncedMeetings(meetings),
  );
};
