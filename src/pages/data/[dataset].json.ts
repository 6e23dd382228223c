import type { APIRoute, GetStaticPaths } from 'astro';
import { buildDate } from '../../lib/content/build-date';
import { datasetFiles, getDatasets } from '../../lib/syndication/datasets';
import type { Dataset } from '../../lib/syndication/open-data';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((data) => ({ params: { dataset: data.id }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: Dataset }> = ({ props }) =>
  new Response(datasetFiles(props.data, buildDate()).json, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
