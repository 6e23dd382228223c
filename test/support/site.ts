/**
 * The built site under test: where it is and which pages it has, read from
 * its sitemap with a real XML parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const DIST = 'dist';

/** Every page path listed in the sitemap, e.g. "/meetings/pcp-2023-10-09/". */
export function sitemapPaths(dist = DIST): string[] {
  const parser = new XMLParser();
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths: string[] = [];
  for (const file of files) {
    const xml = parser.parse(readFileSync(join(dist, file), 'utf8')) as {
      urlset: { url: { loc: string }[] | { loc: string } };
    };
    const urls = Array.isArray(xml.urlset.url) ? xml.urlset.url : [xml.urlset.url];
    for (const { loc } of urls) paths.push(new URL(loc).pathname);
  }
  return paths.sort();
}
