/**
 * Browser and site tests run against the real build in dist/. When there is
 * none (a fresh clone where only `npm test` was run), build it first, so the
 * test command works on its own; `npm run build && npm test` reuses the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SEARCH_BUNDLES } from '../src/lib/search/bundles';

export default function setup(): void {
  if (existsSync('dist/index.html') && SEARCH_BUNDLES.every((b) => existsSync(`dist/${b}/pagefind.js`))) return;
  console.log('No built site in dist/: running "npm run build" first.');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('"npm run build" failed, so the site tests cannot run.');
}
