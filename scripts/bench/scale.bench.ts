/**
 * `npm run bench`, scale part: builds synthetic sites of 1,000, 5,000 and
 * 10,000 entries (BENCH_SIZES overrides) with the portal, with its peer
 * Starlight in two forms (as a user would set it up, and with the same text as
 * our pages: see starlight-content.ts) and with a bare Astro site over the same
 * content, one after the other in each round (BENCH_ROUNDS, 2 by default), so
 * that a slow spell on the machine falls on all of them. Measures wall time,
 * peak memory of the process tree, output and search index size (every
 * bundle), a rebuild after changing one file, and search speed in Chromium on
 * the 5,000-entry sites, ours and Starlight's with the same text. Prints the
 * medians over the rounds, with their spread, and our ratios to each peer, and
 * merges the figures into bench/results.json.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { it } from 'vitest';
import { walk } from '../../test/support/dist-files';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles';
import { generateContent } from './generate-content';
import { measure } from './measure';
import { POLICE_TRIALS, QUERIES, type SearchSpeed, searchSpeed, STARLIGHT_SEARCH, TYPING_SPEEDS } from './search-speed';
import { STARLIGHT_DOCS, writeSameTextPages, writeUserPages } from './starlight-content';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/**
 * The builds run as `npm run build` does on a real machine, without what vitest adds to the environment:
 * NODE_ENV=test, and import.meta.env copied into process.env (DEV=1, PROD='', MODE=test, …). Inherited, they
 * make Vite build with import.meta.env.DEV true, under which Starlight's search never starts.
 */
const VITEST_ADDS = ['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'];
const buildEnvironment: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !VITEST_ADDS.includes(key) && !key.startsWith('VITEST')),
);
/** The size whose search is timed, ours and Starlight's (BENCH_SEARCH_SIZE to time another). */
const SEARCH_SIZE = Number(process.env.BENCH_SEARCH_SIZE ?? 5000);
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
  return Number(ms) / 1000;
};
/** Starlight's: "Finished building search index in 4.90s." (or "in 740ms."). */
const starlightIndexSeconds = (log: string) => {
  const [, value, unit] = /Finished building search index in ([\d.]+)(ms|s)/.exec(log) ?? [];
  if (!value) throw new Error('The Starlight build log has no search index time');
  return unit === 'ms' ? Number(value) / 1000 : Number(value);
};
const round1 = (value: number) => Math.round(value * 10) / 10;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** The median of the rounds, with the lowest and highest. */
interface Spread {
  median: number;
  min: number;
  max: number;
}
const spread = (values: readonly number[]): Spread => ({
  median: round1(median(values)),
  min: round1(Math.min(...values)),
  max: round1(Math.max(...values)),
});
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** One site's build, as the median of the rounds. */
interface BuildFigures {
  seconds: Spread;
  peakRssMb: Spread;
  distMb: number;
  /** Every search bundle the site's search loads, and the time its build spent writing them. */
  searchIndexMb?: number;
  searchIndexSeconds?: Spread;
}

interface SizeResult {
  entries: number;
  agendaItems: number;
  actions: number;
  pages: number;
  rounds: number;
  ours: BuildFigures & { pagesPerSecond: number; rebuildSeconds: Spread };
  starlight: BuildFigures;
  starlightSameText: BuildFigures;
  bare: BuildFigures;
  /** Ours to each peer (medians): build time and peak memory; a rebuild to our full build. */
  ratios: {
    toBare: number;
    toStarlight: number;
    toStarlightSameText: number;
    memoryToStarlightSameText: number;
    rebuildToFull: number;
  };
  secondsPer1000Entries: number;
  search?: SearchSpeed;
  starlightSearch?: SearchSpeed | { error: string };
}

type Site = 'ours' | 'rebuild' | 'starlight' | 'starlightSameText' | 'bare';

it('measures build time, memory and size at scale, beside Starlight and bare Astro', async () => {
  const results: SizeResult[] = [];
  mkdirSync('bench', { recursive: true });
  for (const size of SIZES) {
    const work = mkdtempSync(join(tmpdir(), `portal-bench-${size}-`));
    try {
      const content = join(work, 'content');
      const counts = generateContent(content, size);
      const env = (name: string) => ({
        ...buildEnvironment,
        ASTRO_TELEMETRY_DISABLED: '1',
        PORTAL_CONTENT_DIR: content,
        PORTAL_OUT_DIR: join(work, `${name}-dist`),
        PORTAL_CACHE_DIR: join(work, `${name}-cache`),
      });
      const runs: Record<Site, { seconds: number; peakRssMb: number; indexSeconds?: number }[]> = {
        ours: [],
        rebuild: [],
        starlight: [],
        starlightSameText: [],
        bare: [],
      };
      const built = async (site: Site, name: string, command: string[], index?: (log: string) => number) => {
        const run = await measure(process.execPath, command, { env: env(name) });
        if (run.status !== 0)
          throw new Error(`The ${site} build of ${size} entries failed:\n${run.output.slice(-3000)}`);
        runs[site].push({ seconds: run.seconds, peakRssMb: run.peakRssMb, indexSeconds: index?.(run.output) });
      };
      const starlight = ['build', '--root', 'scripts/bench/starlight'];
      const last = ROUNDS - 1;
      for (let round = 0; round < ROUNDS; round += 1) {
        // Each round builds from nothing (its own output and cache), but the rebuild reuses ours.
        const keep = (name: string) => (round === last ? name : `${name}-${round}`);
        await built('ours', keep('ours'), BUILD, indexSeconds);

        // Rebuild after one content file changes, reusing the build cache as a developer or CI with a cache would.
        const changed = join(content, 'meetings', 'm-00000.md');
        writeFileSync(changed, readFileSync(changed, 'utf8').replace('summary: ', `summary: Changed ${round}. `));
        await built('rebuild', keep('ours'), BUILD, indexSeconds);

        writeUserPages(content);
        await built('starlight', keep('starlight'), [ASTRO, ...starlight], starlightIndexSeconds);
        writeSameTextPages(join(work, `${keep('ours')}-dist`));
        await built('starlightSameText', keep('starlight-same'), [ASTRO, ...starlight], starlightIndexSeconds);
        await built('bare', keep('bare'), [ASTRO, 'build', '--root', 'scripts/bench/bare']);
        if (round !== last) {
          for (const name of ['ours', 'starlight', 'starlight-same', 'bare']) {
            rmSync(join(work, `${name}-${round}-dist`), { recursive: true, force: true });
            rmSync(join(work, `${name}-${round}-cache`), { recursive: true, force: true });
          }
        }
      }
      rmSync(STARLIGHT_DOCS, { recursive: true, force: true });

      const dist = join(work, 'ours-dist');
      const pages = count(dist, '.html');
      const figures = (site: Site, folder: string, bundles?: readonly string[]): BuildFigures => {
        const indexTimes = runs[site].flatMap((r) => (r.indexSeconds === undefined ? [] : [r.indexSeconds]));
        return {
          seconds: spread(runs[site].map((r) => r.seconds)),
          peakRssMb: spread(runs[site].map((r) => r.peakRssMb)),
          distMb: megabytes(join(work, `${folder}-dist`)),
          ...(bundles
            ? {
                searchIndexMb: round1(bundles.reduce((sum, b) => sum + megabytes(join(work, `${folder}-dist`, b)), 0)),
                searchIndexSeconds: spread(indexTimes),
              }
            : {}),
        };
      };
      const ours = figures('ours', 'ours', SEARCH_BUNDLES);
      const starlightFigures = figures('starlight', 'starlight', STARLIGHT_SEARCH.bundles);
      const sameText = figures('starlightSameText', 'starlight-same', STARLIGHT_SEARCH.bundles);
      const bare = figures('bare', 'bare');
      const rebuildSeconds = spread(runs.rebuild.map((r) => r.seconds));
      const result: SizeResult = {
        ...counts,
        pages,
        rounds: ROUNDS,
        ours: { ...ours, pagesPerSecond: Math.round(pages / ours.seconds.median), rebuildSeconds },
        starlight: starlightFigures,
        starlightSameText: sameText,
        bare,
        ratios: {
          toBare: ratio(ours.seconds.median, bare.seconds.median),
          toStarlight: ratio(ours.seconds.median, starlightFigures.seconds.median),
          toStarlightSameText: ratio(ours.seconds.median, sameText.seconds.median),
          memoryToStarlightSameText: ratio(ours.peakRssMb.median, sameText.peakRssMb.median),
          rebuildToFull: ratio(rebuildSeconds.median, ours.seconds.median),
        },
        secondsPer1000Entries: Math.round((ours.seconds.median / counts.entries) * 1000 * 100) / 100,
      };
      if (size === SEARCH_SIZE) {
        result.search = await searchSpeed(dist);
        // A peer's search that cannot be timed is reported, not allowed to lose the run's other figures.
        result.starlightSearch = await searchSpeed(join(work, 'starlight-same-dist'), STARLIGHT_SEARCH).catch(
          (error: unknown) => ({ error: (error as Error).message }),
        );
      }
      results.push(result);
      appendFileSync('bench/scale.log', `${JSON.stringify(result)}\n`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  const range = (s: Spread) => (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`);
  const table = (title: string, rows: string[][]) => {
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    return [title, ...rows.map((row) => row.map((cell, c) => cell.padStart(widths[c])).join('  '))].join('\n');
  };
  const searchLine = (site: string, s: SearchSpeed, entries: number) =>
    `${site} search at ${entries} entries, median from last keystroke to results over ${QUERIES.length} queries: ${s.medianMsToResults.burst} ms typed in a burst, ${s.medianMsToResults.steady} ms typed at ${TYPING_SPEEDS.steady} ms a key; "police" (median of ${POLICE_TRIALS} fresh pages) ${s.policeMs.burst} ms in a burst, ${s.policeMs.steady} ms at ${TYPING_SPEEDS.steady} ms a key; ${s.indexKbPerQuery} KB of search files fetched for the first query on a fresh page; the search box ready ${s.msToReady} ms after the page starts loading`;
  const lines = [
    `${ROUNDS} round(s) at each size; seconds and MB are medians, with the lowest and highest round in brackets`,
    table('builds', [
      ['entries', 'pages', 'site', 'build s', 'peak MB', 'dist MB', 'index MB', 'index s'],
      ...results.flatMap((r) =>
        (
          [
            ['ours', r.ours],
            ['starlight', r.starlight],
            ['starlight, same text', r.starlightSameText],
            ['bare astro', r.bare],
          ] as const
        ).map(([site, f]) => [
          String(r.entries),
          String(r.pages),
          site,
          range(f.seconds),
          range(f.peakRssMb),
          String(f.distMb),
          f.searchIndexMb === undefined ? '-' : String(f.searchIndexMb),
          f.searchIndexSeconds ? range(f.searchIndexSeconds) : '-',
        ]),
      ),
    ]),
    table(
      'ours against the peers (targets at 5,000 entries: build <= 0.75 x and memory <= 0.6 x Starlight with the same text; rebuild <= 0.25 x full)',
      [
        [
          'entries',
          'x bare',
          'x starlight',
          'x same text',
          'memory x same text',
          'rebuild s',
          'rebuild x full',
          's/1000',
        ],
        ...results.map((r) => [
          String(r.entries),
          String(r.ratios.toBare),
          String(r.ratios.toStarlight),
          String(r.ratios.toStarlightSameText),
          String(r.ratios.memoryToStarlightSameText),
          range(r.ours.rebuildSeconds),
          String(r.ratios.rebuildToFull),
          String(r.secondsPer1000Entries),
        ]),
      ],
    ),
    ...results.flatMap((r) =>
      [
        r.search ? searchLine('our', r.search, r.entries) : undefined,
        r.starlightSearch && 'error' in r.starlightSearch
          ? `Starlight (same text) search at ${r.entries} entries could not be timed: ${r.starlightSearch.error}`
          : r.starlightSearch
            ? `${searchLine('Starlight (same text)', r.starlightSearch, r.entries)}; its Pagefind UI waits 300 ms after a key before searching`
            : undefined,
      ].filter((line) => line !== undefined),
    ),
  ];
  console.log(`\n${lines.join('\n\n')}\n`);
  const file = 'bench/results.json';
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(
    file,
    `${JSON.stringify({ ...previous, scaleMeasuredAt: new Date().toISOString(), scale: results }, null, 2)}\n`,
  );
}, 14_400_000);
