/**
 * Checks every content file without running Astro: each against its
 * collection's schema, then the references between them. Reports every
 * problem at once as `file: field: what is wrong — how to fix`.
 *
 * Reading the raw files matters: Astro's YAML parser silently turns an
 * impossible date such as 2024-02-30 into 1 March, so only a check of the text
 * as written can catch it.
 */
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { readContentFolder } from './content-files';
import { formatIssues } from './friendly-errors';
import { parseMdx } from './mdx-tree';
import { findMetricReferences, METRIC_ATTRIBUTES, unknownMetricMessage } from './metric-refs';
import { type EntryRef, findReferenceProblems } from './references';

export interface ContentCheckResult {
  /** Entries that parsed, by collection. */
  entries: Record<CollectionName, EntryRef[]>;
  /** Every problem found, one line each. */
  problems: string[];
}

/** Validates all content under `contentDir` against the schemas and the given theme ids. */
export function checkContent(contentDir: string, themeIds: readonly string[]): ContentCheckResult {
  const problems: string[] = [];
  const entries = {} as Record<CollectionName, EntryRef[]>;
  const mdxFiles: { path: string; body: string; bodyLine: number }[] = [];
  for (const [name, collection] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    entries[name] = [];
    for (const file of readContentFolder(join(contentDir, collection.folder), collection.extensions)) {
      if (file.path.endsWith('.mdx')) mdxFiles.push(file);
      const result = collection.schema.safeParse(file.data);
      if (result.success) {
        entries[name].push({ id: file.id, filePath: file.path, data: result.data });
      } else {
        problems.push(formatIssues(result.error.issues, file.path));
        // Keep the id known, so that files pointing at this one are not reported as well.
        entries[name].push({ id: file.id, filePath: file.path, data: {} });
      }
    }
  }
  problems.push(
    ...findReferenceProblems(
      {
        bodies: entries.bodies,
        meetings: entries.meetings,
        decisions: entries.decisions,
        annualReports: entries['annual-reports'],
        grantRounds: entries['grant-rounds'],
        hmicfrs: entries.hmicfrs,
        metrics: entries.metrics,
      },
      themeIds,
    ),
  );
  problems.push(
    ...checkMdxBodies(
      mdxFiles,
      entries.metrics.map((m) => m.id),
    ),
  );
  return { entries, problems };
}

/** MDX bodies must parse, and every metric they embed must exist. */
function checkMdxBodies(
  files: readonly { path: string; body: string; bodyLine: number }[],
  metricIds: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const file of files) {
    let tree;
    try {
      tree = parseMdx(file.body);
    } catch (error) {
      const place = (error as { line?: number }).line;
      problems.push(
        `${file.path}:${place === undefined ? file.bodyLine : file.bodyLine + place - 1}: the text is not valid MDX: ${(error as Error).message}`,
      );
      continue;
    }
    for (const ref of findMetricReferences(tree, METRIC_ATTRIBUTES)) {
      if (!metricIds.includes(ref.id)) {
        problems.push(`${file.path}:${file.bodyLine + ref.line - 1}: ${unknownMetricMessage(ref.id, metricIds)}`);
      }
    }
  }
  return problems;
}
