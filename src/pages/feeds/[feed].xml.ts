import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../config/site';
import { getPortal } from '../../lib/content';
import { type FeedId, feedItems, FEEDS } from '../../lib/feeds';

export const getStaticPaths = (() =>
  (Object.keys(FEEDS) as FeedId[]).map((feed) => ({ params: { feed }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedId }> = async ({ props }) => {
  const portal = await getPortal();
  return rss({
    title: `${site.office.shortName}: ${FEEDS[props.feed]}`,
    description: `${FEEDS[props.feed]} from the transparency portal of the ${site.office.name}.`,
    site: site.url,
    items: feedItems(portal, props.feed).map((item) => ({
      title: item.title,
      description: item.description,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      link: item.link,
      categories: item.categories,
    })),
    customData: '<language>en-gb</language>',
  });
};
