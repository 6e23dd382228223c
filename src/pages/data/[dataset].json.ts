import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '../../lib/content/build-date';
import { getDatasets } from '../../lib/syndication/datasets';
import { type Dataset, datasetJson } from '../../lib/syndication/open-data';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((data) => ({ params: { dataset: data.id }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: Dataset }> = ({ props }) =>
  new Response(datasetJson(props.data, buildDate()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
