/**
 * `npm run build`: builds the site (pages, search index, downloads, content
 * checks) into a temporary folder beside dist/, and replaces dist/ only when
 * everything succeeded. A failed build leaves the previous dist/ exactly as
 * it was, so a bad pull request can never take the live site down.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const target = resolve(process.env.PORTAL_OUT_DIR ?? 'dist');
const partial = `${target}.partial-${process.pid}`;
const previous = `${target}.previous-${process.pid}`;

// 1. Build into the temporary folder.
const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PORTAL_OUT_DIR: partial },
});

// 2. Refuse a build that failed or is missing its search index.
const complete =
  build.status === 0 && existsSync(`${partial}/index.html`) && existsSync(`${partial}/pagefind/pagefind.js`);
if (!complete) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nThe build failed, so ${target} was left exactly as it was. Fix the problems above and build again.`);
  process.exit(1);
}

// 3. Swap it in: two renames, so dist/ is never half-written.
if (existsSync(target)) renameSync(target, previous);
renameSync(partial, target);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${target}`);
