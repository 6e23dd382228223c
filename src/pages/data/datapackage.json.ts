import type { APIRoute } from 'astro';
import { site } from '../../lib/content/site';
import { buildDate } from '../../lib/content/build-date';
import { getDatasets } from '../../lib/syndication/datasets';
import { dataPackage } from '../../lib/syndication/open-data';
import { slugify } from '../../domain/slug';

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
