import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../lib/content/site';
import { type Body, getPortal } from '../../../lib/content';
import { feedResponse, meetingItem } from '../../../lib/syndication/feeds';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  return portal.bodies.map((body) => ({ params: { body: body.id }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Body }> = async ({ props }) => {
  const portal = await getPortal();
  return feedResponse({
    title: `${site.office.shortName}: ${props.body.data.name}`,
    description: `Meetings of the ${props.body.data.name}.`,
    siteUrl: site.url,
    items: portal.meetings.filter((m) => m.data.body === props.body.id).map((m) => meetingItem(portal, m)),
  });
};
