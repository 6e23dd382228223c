/**
 * A digest of the portal's own code: every file under src/, the Astro config
 * and the locked dependencies. The build caches (the content check's results,
 * reused pages) put it in their keys, so that after any change to the code
 * nothing made by the old code is reused, including what Astro's own tracking
 * of a page's imports cannot see, such as the middleware every page passes
 * through.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const digests = new Map<string, string>();

export function codeDigest(root: string = process.cwd()): string {
  const at = resolve(root);
  let digest = digests.get(at);
  if (digest === undefined) {
    const hash = createHash('sha256');
    const sources = readdirSync(join(at, 'src'), { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => join('src', name));
    for (const name of [...sources, 'astro.config.mjs', 'package-lock.json']) {
      const full = join(at, name);
      if (statSync(full, { throwIfNoEntry: false })?.isFile()) hash.update(`${name}\n`).update(readFileSync(full));
    }
    digest = hash.digest('base64url');
    digests.set(at, digest);
  }
  return digest;
}
