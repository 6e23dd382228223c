import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../lib/content/site';
import { getPortal, type Metric } from '../../lib/content';
import { toMetricJson } from '../../lib/syndication/metric-data';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  return portal.metrics.map((metric) => ({ params: { metric: metric.id }, props: { metric } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ metric: Metric }> = ({ props }) =>
  new Response(toMetricJson(props.metric.id, props.metric.data, site), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
