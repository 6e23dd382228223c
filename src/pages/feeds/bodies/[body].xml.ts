import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site';
import { type Body, getPortal } from '../../../lib/content';
import { meetingItem } from '../../../lib/feeds';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  return portal.bodies.map((body) => ({ params: { body: body.id }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Body }> = async ({ props }) => {
  const portal = await getPortal();
  const items = portal.meetings.filter((m) => m.data.body === props.body.id).map((m) => meetingItem(portal, m));
  return rss({
    title: `${site.office.shortName}: ${props.body.data.name}`,
    description: `Meetings of the ${props.body.data.name}.`,
    site: site.url,
    items: items.map((item) => ({
      title: item.title,
      description: item.description,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      link: item.link,
      categories: item.categories,
    })),
    customData: '<language>en-gb</language>',
  });
};
