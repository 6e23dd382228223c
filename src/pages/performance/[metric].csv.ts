import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal, type Metric } from '../../lib/content';
import { pageCacheKey } from '../../lib/content/page-cache';
import { toMetricCsv } from '../../lib/syndication/metric-data';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  // The file holds the metric alone.
  return portal.metrics.map((metric) => ({
    params: { metric: metric.id },
    props: { metric },
    cacheKey: pageCacheKey(portal, metric),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ metric: Metric }> = ({ props }) =>
  new Response(toMetricCsv(props.metric.data), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
