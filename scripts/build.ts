/**
 * `npm run build`: builds the site (pages, search index, downloads, content
 * checks) into a temporary folder beside dist/, and replaces dist/ only when
 * everything succeeded. A failed build leaves the previous dist/ exactly as
 * it was, so a bad pull request can never take the live site down.
 *
 * The search index is built here, after Astro has exited, rather than inside
 * Astro's process: the two never hold their memory at the same time, which
 * keeps the peak of a 5,000-entry build under 2 GB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeSearchIndex } from '../src/lib/search-index';
import { SEARCH_BUNDLES } from '../src/lib/search-bundles';
import { type CustomRecord, searchRecordsFile } from '../src/lib/search-records';

const target = resolve(process.env.PORTAL_OUT_DIR ?? 'dist');
const partial = `${target}.partial-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;

// 1. Build into the temporary folder.
const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_OUT_DIR: partial },
});

// 2. Index the pages and the records Astro left beside them for search.
const recordsFile = searchRecordsFile(partial);
let indexed = false;
if (build.status === 0 && existsSync(recordsFile)) {
  try {
    const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as CustomRecord[];
    const summary = await writeSearchIndex(partial, records);
    console.log(
      `[portal:pagefind] Indexed ${summary.pages} pages and ${summary.records} actions and recommendations in ${summary.ms} ms`,
    );
    indexed = true;
  } catch (error) {
    console.error(`The search index could not be built: ${(error as Error).message}`);
  }
}
rmSync(recordsFile, { force: true });

// 3. Refuse a build that failed or is missing its search index.
const complete =
  indexed &&
  existsSync(`${partial}/index.html`) &&
  SEARCH_BUNDLES.every((bundle) => existsSync(`${partial}/${bundle}/pagefind.js`));
if (!complete) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nThe build failed, so ${target} was left exactly as it was. Fix the problems above and build again.`);
  process.exit(1);
}

// 4. Swap it in: two renames, so dist/ is never half-written.
if (existsSync(target)) renameSync(target, previous);
renameSync(partial, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${target}`);
