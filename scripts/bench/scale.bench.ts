/**
 * `npm run bench`, scale part: builds synthetic sites of 1,000, 5,000 and
 * 10,000 entries (BENCH_SIZES overrides) with the portal and with a bare
 * Astro site over the same content, measures wall time, peak memory of the
 * process tree, output and search index size, a rebuild after changing one
 * file, and search speed in Chromium on the 5,000-entry site. Prints a table
 * and merges its figures into bench/results.json.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { it } from 'vitest';
import { walk } from '../../test/support/dist-files';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles';
import { generateContent } from './generate-content';
import { measure } from './measure';
import { QUERIES, type SearchSpeed, searchSpeed, TYPING_SPEEDS } from './search-speed';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const SEARCH_SIZE = 5000;
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
/** Our build is measured as `npm run build` runs it: the build script, which also writes the search index. */
const BUILD = [resolve('node_modules/tsx/dist/cli.mjs'), resolve('scripts/build.ts')];

const megabytes = (dir: string) => {
  let bytes = 0;
  for (const file of walk(dir)) bytes += readFileSync(file).length;
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
};
const count = (dir: string, ending: string) => [...walk(dir)].filter((f) => f.endsWith(ending)).length;
/** The search index time the Pagefind step logs: "Indexed 5018 pages and … in 21608 ms". */
const indexSeconds = (log: string) => {
  const ms = /portal:pagefind.*?Indexed .*? in (\d+) ms/.exec(log)?.[1];
  if (!ms) throw new Error('The build log has no search index time from the Pagefind step');
  return Math.round(Number(ms) / 100) / 10;
};

interface SizeResult {
  entries: number;
  agendaItems: number;
  actions: number;
  pages: number;
  ours: {
    seconds: number;
    peakRssMb: number;
    pagesPerSecond: number;
    distMb: number;
    searchIndexMb: number;
    /** Time to build the search index, as logged by the Pagefind step of the build. */
    searchIndexSeconds: number;
  };
  bare: { seconds: number; peakRssMb: number };
  ratioToBare: number;
  rebuildSeconds: number;
  secondsPer1000Entries: number;
  search?: SearchSpeed;
}

it('measures build time, memory and size at scale', async () => {
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const work = mkdtempSync(join(tmpdir(), `portal-bench-${size}-`));
    try {
      const content = join(work, 'content');
      const counts = generateContent(content, size);
      const env = (name: string) => ({
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PORTAL_CONTENT_DIR: content,
        PORTAL_OUT_DIR: join(work, `${name}-dist`),
        PORTAL_CACHE_DIR: join(work, `${name}-cache`),
      });
      const ours = await measure(process.execPath, BUILD, { env: env('ours') });
      if (ours.status !== 0) throw new Error(`Portal build of ${size} entries failed:\n${ours.output.slice(-3000)}`);
      const dist = join(work, 'ours-dist');
      const pages = count(dist, '.html');

      // Rebuild after one content file changes, reusing the content cache as a developer would.
      const changed = join(content, 'meetings', 'm-00000.md');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('summary: ', 'summary: Changed. '));
      const rebuild = await measure(process.execPath, BUILD, { env: env('ours') });

      const bare = await measure(process.execPath, [ASTRO, 'build', '--root', 'scripts/bench/bare'], {
        env: env('bare'),
      });
      if (bare.status !== 0) throw new Error(`Bare build of ${size} entries failed:\n${bare.output.slice(-3000)}`);

      const result: SizeResult = {
        ...counts,
        pages,
        ours: {
          seconds: Math.round(ours.seconds * 10) / 10,
          peakRssMb: ours.peakRssMb,
          pagesPerSecond: Math.round(pages / ours.seconds),
          distMb: megabytes(dist),
          // Every bundle the search page loads, pages and records alike.
          searchIndexMb:
            Math.round(SEARCH_BUNDLES.reduce((sum, bundle) => sum + megabytes(join(dist, bundle)), 0) * 10) / 10,
          searchIndexSeconds: indexSeconds(ours.output),
        },
        bare: { seconds: Math.round(bare.seconds * 10) / 10, peakRssMb: bare.peakRssMb },
        ratioToBare: Math.round((ours.seconds / bare.seconds) * 100) / 100,
        rebuildSeconds: Math.round(rebuild.seconds * 10) / 10,
        secondsPer1000Entries: Math.round((ours.seconds / counts.entries) * 1000 * 100) / 100,
      };
      if (size === SEARCH_SIZE) result.search = await searchSpeed(dist);
      results.push(result);
      appendFileSync('bench/scale.log', `${JSON.stringify(result)}\n`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  const lines = [
    'entries  pages  build s  pages/s  peak MB  dist MB  index MB  index s  bare s  ratio  rebuild s  s/1000',
    ...results.map((r) =>
      [
        String(r.entries).padStart(7),
        String(r.pages).padStart(6),
        String(r.ours.seconds).padStart(8),
        String(r.ours.pagesPerSecond).padStart(8),
        String(r.ours.peakRssMb).padStart(8),
        String(r.ours.distMb).padStart(8),
        String(r.ours.searchIndexMb).padStart(9),
        String(r.ours.searchIndexSeconds).padStart(8),
        String(r.bare.seconds).padStart(7),
        String(r.ratioToBare).padStart(6),
        String(r.rebuildSeconds).padStart(10),
        String(r.secondsPer1000Entries).padStart(7),
      ].join(' '),
    ),
    ...results
      .filter((r) => r.search)
      .map(
        (r) =>
          `search at ${r.entries} entries, median from last keystroke to results over ${QUERIES.length} queries: ${r.search!.medianMsToResults.burst} ms typed in a burst, ${r.search!.medianMsToResults.steady} ms typed at ${TYPING_SPEEDS.steady} ms a key (targets: under 150 ms); "police" ${r.search!.policeMs.burst} ms in a burst, ${r.search!.policeMs.steady} ms at ${TYPING_SPEEDS.steady} ms a key (target: under 400 ms); ${r.search!.indexKbPerQuery} KB of search files fetched for the first query on a fresh page`,
      ),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  mkdirSync('bench', { recursive: true });
  const file = 'bench/results.json';
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(
    file,
    `${JSON.stringify({ ...previous, scaleMeasuredAt: new Date().toISOString(), scale: results }, null, 2)}\n`,
  );
}, 7_200_000);
