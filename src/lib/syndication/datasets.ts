/**
 * The open data tables of this build, made once and shared by the data pages
 * and the download links on other pages. Kept apart from the builders in
 * open-data.ts so that those stay pure functions of a portal, testable
 * without Astro's content store.
 */
import { getPortal } from '../content';
import { site } from '../content/site';
import { utf8Bytes } from './file-size';
import { buildDatasets, type Dataset, datasetCsv, datasetJson } from './open-data';

let datasets: Promise<Dataset[]> | undefined;

/** The open data tables, built once per build. */
export function getDatasets(): Promise<Dataset[]> {
  datasets ??= getPortal().then((portal) => buildDatasets(portal, site.url));
  return datasets;
}

/** A dataset's two download files, and their sizes as served. */
export interface DatasetFiles {
  csv: string;
  json: string;
  bytes: { csv: number; json: number };
}

const written = new Map<string, DatasetFiles>();

/**
 * A dataset's CSV and JSON, written and measured once per build: the download
 * files and the sizes shown beside their links on a register and each of its
 * entry pages are the same text. Writing the large ones again for every page
 * would cost as much as the pages themselves, and writing them twice cost
 * about 0.8 s of a 5,000-entry build.
 */
export function datasetFiles(data: Dataset, generated: string): DatasetFiles {
  const key = `${data.id}\n${generated}`;
  let files = written.get(key);
  if (!files) {
    const csv = datasetCsv(data);
    const json = datasetJson(data, generated);
    files = { csv, json, bytes: { csv: utf8Bytes(csv), json: utf8Bytes(json) } };
    written.set(key, files);
  }
  return files;
}
