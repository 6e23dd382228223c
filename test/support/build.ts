/**
 * Builds a site with Astro in a child process, pointed at any content folder
 * and output folder, as `npm run build` would.
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
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Builds `contentDir` into a fresh temporary folder and returns the exit status and combined output. */
export function buildSite(contentDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'portal-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
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
