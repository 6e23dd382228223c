/**
 * Compares two built sites file by file, so a change to the code that should
 * not change the site can be shown not to: pages, feeds, calendars, data files
 * and the search index (decompressed) must be the same.
 *
 *   PORTAL_BUILD_DATE=2026-12-01 npm run build && cp -r dist /tmp/before
 *   (change the code)
 *   PORTAL_BUILD_DATE=2026-12-01 npm run build
 *   npm run compare-builds -- /tmp/before dist
 *
 * Build both with the same PORTAL_BUILD_DATE, so dates worked out from
 * "today" agree. What may differ without meaning anything is normalised: the
 * content hash Astro puts in a script or stylesheet's file name, and the hash
 * of an inline script in the Content Security Policy. Exits 1 and lists the
 * files that differ, with the first difference in each.
 *
 * With --ignore-style-scopes, a change that only moves components is shown to
 * change nothing else: Astro names each component's scoped styles after its
 * file's path (data-astro-cid-…), and imports in another order list the same
 * style rules in another order. The option gives every scope one name and
 * compares each file's style rules as a set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** Pagefind writes these gzipped; compared decompressed. */
const GZIPPED = /\.(pf_fragment|pf_index|pf_meta|pf_filter)$/;
/**
 * Pagefind's word index, filter and metadata files are worked out from its
 * fragments (one per page or record: its text, metadata, filters and address),
 * but their names and byte order change from one run to the next over the
 * same pages. The fragments are compared in full; these only for being there.
 */
const DERIVED =
  /(^|\/)pagefind[\w-]*\/(pagefind-entry\.json|pagefind\.[\w[\]-]+\.pf_meta|filter\/[\w[\]-]+\.pf_filter|index\/[\w[\]-]+\.pf_index)$/;
/** Binary files, compared byte for byte. */
const BINARY = /\.(pagefind|wasm|png|jpe?g|gif|webp|ico|woff2?)$/;

/**
 * A path or text with Astro's asset hashes and CSP script hashes made neutral.
 *
 * @example normalise('/_astro/BaseLayout.BzbvKfuq.css') // => "/_astro/BaseLayout.[hash].css"
 * @example normalise("script-src 'self' 'sha256-AbC+/=';") // => "script-src 'self' 'sha256-[hash]';"
 */
export function normalise(text: string): string {
  return (
    text
      // Not fragments: their names are hashes of their content, so the same page has the same name.
      .replace(/(pagefind[\w-]*\/(?:filter\/|index\/)?(?:pagefind\.)?[a-z]{2}(?:-[a-z]{2})?_)[0-9a-f]{7,}/g, '$1[hash]')
      .replace(/(_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css|mjs)/g, '$1.[hash].$2')
      .replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha$1-[hash]'")
  );
}

function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(normalise(relative(dir, path)), path);
    }
  };
  walk(dir);
  return found;
}

/**
 * A page or stylesheet with every style scope given one name and the rules of
 * each <style> block (or of the whole stylesheet) sorted.
 *
 * @example withoutStyleScopes('<p data-astro-cid-abc12345><style>b{}a{}</style>')
 * // => "<p data-astro-cid-[scope]><style>a{}b{}</style>"
 */
export function withoutStyleScopes(text: string, stylesheet = false): string {
  const sortRules = (css: string) =>
    css
      .split(/(?<=\})/)
      .map((rule) => rule.trim())
      .filter(Boolean)
      .sort()
      .join('');
  // A scope is named in a data attribute, or, on an element given its attributes by spreading, in a class.
  const unscoped = text
    .replace(/data-astro-cid-[a-z0-9]+/g, 'data-astro-cid-[scope]')
    .replace(/\bastro-[a-z0-9]{8}\b/g, 'astro-[scope]');
  return stylesheet
    ? sortRules(unscoped)
    : unscoped.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${sortRules(css)}</style>`);
}

export interface CompareOptions {
  /** Ignore which scope names components' styles get, and the order of style rules (see --ignore-style-scopes). */
  ignoreStyleScopes?: boolean;
}

function contents(path: string, options: CompareOptions): string {
  const bytes = readFileSync(path);
  if (GZIPPED.test(path)) return gunzipSync(bytes).toString('utf8');
  if (BINARY.test(path)) return bytes.toString('base64');
  const text = normalise(bytes.toString('utf8'));
  return options.ignoreStyleScopes && /\.(html|css)$/.test(path)
    ? withoutStyleScopes(text, path.endsWith('.css'))
    : text;
}

/** Where two texts first differ, with a little of each around it. */
function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `at character ${at}:\n    before ${around(a)}\n    after  ${around(b)}`;
}

/** The differences between two built sites, one line (or block) each; empty when they are the same. */
export function compareBuilds(before: string, after: string, options: CompareOptions = {}): string[] {
  const [a, b] = [files(before), files(after)];
  const problems: string[] = [];
  for (const [path, file] of a) {
    const other = b.get(path);
    if (!other) problems.push(`only before: ${path}`);
    else if (!DERIVED.test(path)) {
      const [x, y] = [contents(file, options), contents(other, options)];
      if (x !== y) problems.push(`differs: ${path} ${firstDifference(x, y)}`);
    }
  }
  for (const path of b.keys()) if (!a.has(path)) problems.push(`only after: ${path}`);
  return problems.sort();
}

// Run as a command (not when a test imports it).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const ignoreStyleScopes = args.includes('--ignore-style-scopes');
  const [before, after] = args.filter((arg) => !arg.startsWith('--'));
  if (!before || !after) {
    console.error(
      'Usage: npx tsx scripts/compare-builds.ts [--ignore-style-scopes] <built site before> <built site after>',
    );
    process.exit(2);
  }
  const problems = compareBuilds(before, after, { ignoreStyleScopes });
  if (problems.length === 0) console.log(`The two builds are the same (${files(before).size} files).`);
  else {
    console.log(`${problems.length} file(s) differ:\n${problems.join('\n')}`);
    process.exit(1);
  }
}
