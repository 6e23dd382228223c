/**
 * `npm run build`: builds the site (pages, search index, downloads, content
 * checks) into a temporary folder beside dist/, and replaces dist/ only when
 * everything succeeded. A failed build leaves the previous dist/ exactly as
 * it was, so a bad pull request can never take the live site down.
 *
 * One build runs at a time in a checkout (the lock is .build.lock): a second
 * one waits for the first (up to PORTAL_BUILD_LOCK_WAIT seconds, 10 minutes by
 * default), then stops with a clear message. Folders left by an interrupted
 * build are removed.
 *
 * The search index is built here, after Astro has exited, rather than inside
 * Astro's process: the two never hold their memory at the same time, which
 * keeps the peak of a 5,000-entry build under 2 GB.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { writeSearchIndex } from '../src/lib/search/indexer';
import { type CustomRecord, searchRecordsFile } from '../src/lib/search/records';
import { acquireLock, releaseLock, removeLeftovers } from './lib/build-lock';
import { keptRecordsBundle } from './lib/records-cache';
import { writeFacetTable } from './lib/facet-table';
import { missingParts } from './lib/complete-site';

const target = resolve(process.env.PORTAL_OUT_DIR ?? 'dist');
// One lock for the checkout, not per output folder: every build here shares Astro's .astro/ folder and cache.
const lock = resolve(process.env.PORTAL_BUILD_LOCK ?? '.build.lock');
const partial = `${target}.partial-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;

const fail = (message: string): never => {
  rmSync(partial, { recursive: true, force: true });
  rmSync(searchRecordsFile(partial), { force: true });
  releaseLock(lock);
  console.error(`\n${message}`);
  process.exit(1);
};

// 1. Wait for any other build in this checkout, then clear what interrupted builds left.
try {
  await acquireLock(lock, {
    waitMs: Number(process.env.PORTAL_BUILD_LOCK_WAIT ?? 600) * 1000,
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const leftovers = removeLeftovers(target);
if (leftovers.length > 0) {
  console.log(
    `Removed ${leftovers.map((folder) => relative(process.cwd(), folder)).join(', ')}, left by an interrupted build`,
  );
}

// 2. Build into the temporary folder. Stopped by Ctrl-C or a kill, the build cleans up after itself.
// `npm run build -- --force` renders every page again instead of reusing the unchanged ones of the last build.
const force = process.argv.includes('--force') ? ['--force'] : [];
const astro = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...force], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_OUT_DIR: partial },
});
const stopped = (signal: string) => `The build was stopped (${signal}), so ${target} was left exactly as it was.`;
let astroRunning = true;
let stoppedBy: string | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    // While Astro runs, let it stop first, so that nothing writes into the folder once it is removed.
    if (astroRunning) astro.kill(signal);
    else fail(stopped(signal));
  });
}
const status = await new Promise<number | null>((done) => astro.on('exit', (code) => done(code)));
astroRunning = false;
if (stoppedBy) fail(stopped(stoppedBy));

// 3. Index the pages and the records Astro left beside them for search.
const recordsFile = searchRecordsFile(partial);
let indexed = false;
if (status === 0 && existsSync(recordsFile)) {
  try {
    const records = JSON.parse(readFileSync(recordsFile, 'utf8')) as CustomRecord[];
    const summary = await writeSearchIndex(partial, records, {
      kept:
        force.length > 0
          ? undefined
          : keptRecordsBundle(resolve(process.env.PORTAL_CACHE_DIR ?? 'node_modules/.astro')),
      complete: writeFacetTable,
    });
    const reused = summary.recordsReused ? ', the parts unchanged since the last build' : '';
    console.log(
      `[portal:pagefind] Indexed ${summary.pages} pages and ${summary.records} parts of entries (actions, recommendations, payments by supplier${reused}) in ${summary.ms} ms`,
    );
    indexed = true;
  } catch (error) {
    console.error(`The search index could not be built: ${(error as Error).message}`);
  }
}
rmSync(recordsFile, { force: true });

// 4. Refuse a build that failed or is missing its search index.
if (!indexed)
  fail(`The build failed, so ${target} was left exactly as it was. Fix the problems above and build again.`);
const missing = missingParts(partial);
if (missing.length > 0)
  fail(
    `The build did not write ${missing.join(', ')}, so ${target} was left exactly as it was. This is a fault in the build, not in the content: build again, and report it if it happens again.`,
  );

// 5. Swap it in: two renames, so dist/ is never half-written.
if (existsSync(target)) renameSync(target, previous);
renameSync(partial, target);
rmSync(previous, { recursive: true, force: true });
releaseLock(lock);
console.log(`Built ${target}`);
