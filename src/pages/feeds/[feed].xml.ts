import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../lib/content/site';
import { getPortal } from '../../lib/content';
import { type FeedId, feedItems, feedResponse, FEEDS } from '../../lib/syndication/feeds';

export const getStaticPaths = (() =>
  Object.keys(FEEDS).map((feed) => ({ params: { feed }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedId }> = async ({ props }) =>
  feedResponse({
    title: `${site.office.shortName}: ${FEEDS[props.feed]}`,
    description: `${FEEDS[props.feed]} from the transparency portal of the ${site.office.name}.`,
    siteUrl: site.url,
    items: feedItems(await getPortal(), props.feed),
  });
