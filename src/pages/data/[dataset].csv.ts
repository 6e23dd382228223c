import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../lib/syndication/datasets';
import { type Dataset, datasetCsv } from '../../lib/syndication/open-data';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((data) => ({ params: { dataset: data.id }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: Dataset }> = ({ props }) =>
  new Response(datasetCsv(props.data), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
