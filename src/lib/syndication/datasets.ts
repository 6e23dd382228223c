/**
 * The open data tables of this build, made once and shared by the data pages
 * and the download links on other pages. Kept apart from the builders in
 * open-data.ts so that those stay pure functions of a portal, testable
 * without Astro's content store.
 */
import { getPortal } from '../content';
import { site } from '../content/site';
import { buildDatasets, type Dataset } from './open-data';

let datasets: Promise<Dataset[]> | undefined;

/** The open data tables, built once per build. */
export function getDatasets(): Promise<Dataset[]> {
  datasets ??= getPortal().then((portal) => buildDatasets(portal, site.url));
  return datasets;
}
