/**
 * Reads and validates the office's site config. Kept apart from `site.ts`,
 * which loads it on import, so that scripts can report a broken config as a
 * message instead of a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeUtf8, displayPath, lineOfField, parseYaml } from './files';
import { sentence } from '../../domain/explain';
import { formatPath, parseFriendly } from '../../domain/friendly-errors';
import { type SiteConfig, siteConfigSchema } from '../../schemas/site';
import { siteConfigPath } from './paths';

/**
 * Reads, parses and validates a site config file, every time it is called.
 * Throws one readable error listing every problem as `file:line: field: problem: fix`.
 * Callers want {@link loadSiteConfig}, which does this once per file.
 */
export function readSiteConfig(path: string): SiteConfig {
  const shown = displayPath(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(
      `${shown}: the site config could not be read (${(error as Error).message}): check the file exists`,
      {
        cause: error,
      },
    );
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.error) throw new Error(`${shown}:${decoded.error.line}: ${sentence(decoded.error)}`);
  const { data, yamlError } = parseYaml(decoded.text, 1);
  if (yamlError) {
    throw new Error(`${shown}:${yamlError.line}: (YAML): ${sentence(yamlError)}`);
  }
  const result = parseFriendly(siteConfigSchema, data);
  if (result.success) return result.data;
  const yaml = { text: decoded.text, firstLine: 1 };
  throw new Error(
    result.issues
      .map((issue) => {
        const line = lineOfField(yaml, issue.path);
        return `${shown}${line ? `:${line}` : ''}: ${formatPath(issue.path) || '(whole file)'}: ${sentence(issue)}`;
      })
      .join('\n'),
  );
}

/** What one load of a file gave: the config, or the error to throw again. */
type Loaded = { stamp: string; config: SiteConfig } | { stamp: string; error: unknown };

/**
 * One cache per process, on globalThis rather than in this module: during a
 * build Vite evaluates this file more than once (for astro.config.mjs and its
 * integrations, and again inside the bundle that renders the pages), and each
 * copy must find the others' load. Keyed by absolute path, so tests that point
 * at fixture sites get their own.
 */
const CACHE = Symbol.for('portal:site-config');
const shared = globalThis as { [CACHE]?: Map<string, Loaded> };
const cache = (shared[CACHE] ??= new Map<string, Loaded>());

/** Changes when the file does, so a long-lived `astro dev` sees an edited config. */
function stampOf(path: string): string {
  try {
    const { mtimeMs, size } = statSync(path);
    return `${mtimeMs}:${size}`;
  } catch {
    return 'missing';
  }
}

/** Freezes the config all callers share, so that none can change it under the others. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The site config, read and validated once per file per process and shared by
 * every caller: the pages, the integrations and the scripts. A broken file
 * throws the same readable error (see {@link readSiteConfig}) to every caller.
 */
export function loadSiteConfig(path: string = siteConfigPath): SiteConfig {
  const full = resolve(path);
  const stamp = stampOf(full);
  let loaded = cache.get(full);
  if (loaded?.stamp !== stamp) {
    try {
      loaded = { stamp, config: deepFreeze(readSiteConfig(path)) };
    } catch (error) {
      loaded = { stamp, error };
    }
    cache.set(full, loaded);
  }
  if ('error' in loaded) throw loaded.error;
  return loaded.config;
}
