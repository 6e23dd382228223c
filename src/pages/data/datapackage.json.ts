import type { APIRoute } from 'astro';
import { site } from '../../config/site';
import { buildDate } from '../../lib/build-date';
import { getDatasets } from '../../lib/content';
import { dataPackage } from '../../lib/downloads/open-data';
import { slugify } from '../../lib/meetings';

export const GET: APIRoute = async () =>
  new Response(
    dataPackage(await getDatasets(), {
      name: slugify(`${site.office.shortName} transparency data`),
      title: `${site.office.name}: transparency data`,
      siteUrl: site.url,
      generated: buildDate(),
    }),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
