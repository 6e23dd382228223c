import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '../../lib/build-date';
import { getDatasets } from '../../lib/content';
import { type Dataset, datasetJson } from '../../lib/downloads/open-data';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((data) => ({ params: { dataset: data.id }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: Dataset }> = ({ props }) =>
  new Response(datasetJson(props.data, buildDate()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
