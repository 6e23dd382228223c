/**
 * The open data tables of this build, made once and shared by the data pages
 * and the download links on other pages. Kept apart from the builders in
 * open-data.ts so that those stay pure functions of a portal, testable
 * without Astro's content store.
 */
import { getPortal } from '../content';
import { site } from '../content/site';
import { buildDatasets, type Dataset, datasetCsv, datasetJson } from './open-data';

let datasets: Promise<Dataset[]> | undefined;

/** The open data tables, built once per build. */
export function getDatasets(): Promise<Dataset[]> {
  datasets ??= getPortal().then((portal) => buildDatasets(portal, site.url));
  return datasets;
}

const written = new Map<string, { csv: string; json: string }>();

/**
 * A dataset's CSV and JSON, written once per build: the download files and
 * the sizes shown beside their links (file-size.ts) are the same text, and
 * writing the large ones twice cost about 0.8 s of a 5,000-entry build.
 */
export function datasetFiles(data: Dataset, generated: string): { csv: string; json: string } {
  const key = `${data.id}\n${generated}`;
  let files = written.get(key);
  if (!files) {
    files = { csv: datasetCsv(data), json: datasetJson(data, generated) };
    written.set(key, files);
  }
  return files;
}
