/**
 * Page weight as a browser sees it: every request a page makes, grouped into
 * HTML, CSS and JS, with raw and gzipped bytes read from the built files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  requests: number;
  html: Weight;
  css: Weight;
  js: Weight;
  other: Weight;
}

const KINDS = { html: /\.html$|\/$/, css: /\.css$/, js: /\.m?js$/ } as const;

function sizeOf(dist: string, urlPath: string): Weight {
  const file = join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Loads `path` and weighs the document and every same-origin resource it fetched. */
export async function weighPage(page: Page, origin: string, dist: string, path: string): Promise<PageWeight> {
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  const urls = [origin + path, ...resources].filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname);
  const weight: PageWeight = {
    path,
    requests: urls.length,
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  };
  for (const url of urls) {
    const kind = (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k].test(url)) ?? 'other';
    const size = sizeOf(dist, url);
    weight[kind].raw += size.raw;
    weight[kind].gzip += size.gzip;
  }
  return weight;
}
