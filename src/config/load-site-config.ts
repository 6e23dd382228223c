/**
 * Reads and validates the office's site config. Kept apart from `site.ts`,
 * which loads it on import, so that scripts can report a broken config as a
 * message instead of a stack trace.
 */
import { readFileSync } from 'node:fs';
import { decodeUtf8, displayPath, lineOfField, parseYaml } from '../lib/content-files';
import { formatPath, parseFriendly } from '../lib/friendly-errors';
import { type SiteConfig, siteConfigSchema } from '../schemas/site';
import { siteConfigPath } from './paths';

/**
 * Reads, parses and validates a site config file. Throws one readable error
 * listing every problem as `file:line: field: message`.
 */
export function loadSiteConfig(path: string = siteConfigPath): SiteConfig {
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
  if (decoded.error) throw new Error(`${shown}:${decoded.error.line}: ${decoded.error.message}`);
  const { data, yamlError } = parseYaml(decoded.text, 1);
  if (yamlError) {
    throw new Error(`${shown}:${yamlError.line}: (YAML): ${yamlError.message}`);
  }
  const result = parseFriendly(siteConfigSchema, data);
  if (result.success) return result.data;
  const yaml = { text: decoded.text, firstLine: 1 };
  throw new Error(
    result.issues
      .map((issue) => {
        const line = lineOfField(yaml, issue.path);
        return `${shown}${line ? `:${line}` : ''}: ${formatPath(issue.path) || '(whole file)'}: ${issue.message}`;
      })
      .join('\n'),
  );
}
