import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetFiles, getDatasets } from '../../lib/syndication/datasets';
import { buildDate } from '../../lib/content/build-date';
import type { Dataset } from '../../lib/syndication/open-data';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((data) => ({ params: { dataset: data.id }, props: { data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: Dataset }> = ({ props }) =>
  new Response(datasetFiles(props.data, buildDate()).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
