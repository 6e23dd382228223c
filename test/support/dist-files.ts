/**
 * Reads every file of a built site as text, decompressing Pagefind's gzipped
 * index and fragment files, so tests can search the whole output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Pagefind writes these gzipped. */
const GZIPPED = /\.(pf_fragment|pf_index|pf_meta|pf_filter)$/;

export function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every output file as `[relative path, text]`. */
export function readDistText(dir: string): [string, string][] {
  return [...walk(dir)].map((path) => {
    const bytes = readFileSync(path);
    const text = GZIPPED.test(path) ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    return [relative(dir, path), text];
  });
}
