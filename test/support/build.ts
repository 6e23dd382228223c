/**
 * Builds a site with the build script in a child process, pointed at any
 * content folder and output folder, exactly as `npm run build` does
 * (including the search index, which is built after Astro exits).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const BUILD = join(ROOT, 'scripts/build.ts');

/** Builds `contentDir` into a fresh temporary folder and returns the exit status and combined output. */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'portal-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [TSX, BUILD], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      PORTAL_CONTENT_DIR: resolve(contentDir),
      PORTAL_OUT_DIR: outDir,
      PORTAL_CACHE_DIR: join(work, 'cache'),
      ...extraEnv,
    },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
