import type { APIRoute, GetStaticPaths } from 'astro';
import { getPortal, type Metric } from '../../lib/content';
import { toMetricCsv } from '../../lib/syndication/metric-data';

export const getStaticPaths = (async () => {
  const portal = await getPortal();
  return portal.metrics.map((metric) => ({ params: { metric: metric.id }, props: { metric } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ metric: Metric }> = ({ props }) =>
  new Response(toMetricCsv(props.metric.data), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
