/**
 * Loads and validates the office's site config once per build.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseWithFriendlyErrors } from '../lib/friendly-errors';
import { type SiteConfig, siteConfigSchema } from '../schemas/site';
import { siteConfigPath } from './paths';

/** Reads, parses and validates a site config file. Throws a friendly error naming the file and field. */
export function loadSiteConfig(path: string = siteConfigPath): SiteConfig {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: could not read the site config: ${(error as Error).message}`, { cause: error });
  }
  return parseWithFriendlyErrors(siteConfigSchema, raw, path);
}

export const site: SiteConfig = loadSiteConfig();
