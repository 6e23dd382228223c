/**
 * Checks every content file without running Astro, and reports every problem
 * at once, with file, line and field: that each file can be read and gives one
 * entry of its own; its fields against its collection's schema; the references
 * between files; what the Markdown and MDX bodies contain; placeholders left
 * from `npm run new`; likely copies; and, as warnings, text in withheld
 * records that will not be published and the likely slips of a valid file.
 * The build runs this first and stops on any error.
 *
 * Reading the raw files matters: Astro's YAML parser silently turns an
 * impossible date such as 2024-02-30 into 1 March, so only a check of the text
 * as written can catch it.
 */
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../collections';
import { checkBody } from './body-safety';
import { buildDate } from '../content/build-date';
import { copyIssues } from './copies';
import { overdueDutyWarnings } from './freshness';
import { duplicateIdIssues, fileNameIssues, strayFileIssues, unknownFolderIssues, unreadableFileIssues } from './files';
import { type ContentIssue, fromKept } from './issue';
import { placeholderIssues } from './placeholders';
import { checkFields } from './schema';
import { slipWarnings } from './slips';
import { withheldTextWarnings } from './withheld-text';
import {
  type ContentFile,
  displayPath,
  lineOfField,
  listContentFolder,
  readContentFile,
  readContentTop,
} from '../content/files';
import type { FileResultCache } from '../content/check-cache';
import { entryIdOf } from '../content/ids';
import { parseMdx } from './mdx-tree';
import { findMetricReferences, METRIC_ATTRIBUTES, unknownMetric } from '../rules/metric-refs';
import { type EntryRef, findReferenceProblems } from '../rules/references';

export type { ContentIssue } from './issue';

export interface ContentCheckResult {
  /** Entries that parsed, by collection; a file that did not parse is listed with empty data. */
  entries: Record<CollectionName, EntryRef[]>;
  /** Every error and warning, with its line where known. */
  issues: ContentIssue[];
}

export interface CheckOptions {
  /** Hosts an MDX <iframe> may embed, from the site config. */
  embedHosts?: readonly string[];
  /** YYYY-MM-DD the content is checked "as at"; defaults to the build date. */
  today?: string;
  /** What each file gave at the last build (see src/lib/content/check-cache.ts): unchanged files are not read again. */
  cache?: FileResultCache<FileResult> | undefined;
}

/** What the check finds in one file on its own. */
export interface FileResult {
  data: Record<string, unknown> | undefined;
  issues: ContentIssue[];
}

/** Everything about one file on its own: its name, its fields, its body. */
function checkFile(file: ContentFile, name: CollectionName, options: Settings): FileResult {
  const unreadable = unreadableFileIssues(file);
  if (unreadable.length > 0) return { data: undefined, issues: [...fileNameIssues(file), ...unreadable] };
  const { data, issues } = checkFields(file, COLLECTIONS[name].schema);
  issues.unshift(...fileNameIssues(file));
  issues.push(...placeholderIssues(file));
  if (data) {
    issues.push(...withheldTextWarnings(file, data), ...slipWarnings(file, name, data, options.today));
  }
  if (file.path.endsWith('.md') || file.path.endsWith('.mdx')) {
    for (const problem of checkBody(file.body, file.path.endsWith('.mdx') ? 'mdx' : 'md', options.embedHosts)) {
      issues.push({
        file: file.path,
        line: file.bodyLine + problem.line - 1,
        field: '(body)',
        problem: problem.problem,
        fix: problem.fix,
        severity: 'error',
      });
    }
  }
  return { data, issues };
}

type Settings = Required<Omit<CheckOptions, 'cache'>>;

/** References from one file to another, as issues on the line of the field that refers. */
function referenceIssues(
  entries: Record<CollectionName, EntryRef[]>,
  files: (path: string) => ContentFile | undefined,
  themeIds: readonly string[],
): ContentIssue[] {
  return findReferenceProblems(entries, themeIds).map((reference) => {
    const path = reference.field
      .split(/[.[\]]/)
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const source = files(reference.file);
    return { ...reference, line: source ? lineOfField(source.yaml, path) : undefined, severity: 'error' as const };
  });
}

/** Metrics named by <Metric> and <TrendChart> in MDX bodies that do not exist. */
function metricReferenceIssues(mdxFiles: readonly ContentFile[], metricIds: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const file of mdxFiles) {
    let tree;
    try {
      tree = parseMdx(file.body);
    } catch {
      continue; // Reported by the body check.
    }
    for (const ref of findMetricReferences(tree as Parameters<typeof findMetricReferences>[0], METRIC_ATTRIBUTES)) {
      if (!metricIds.includes(ref.id)) {
        issues.push({
          file: file.path,
          line: file.bodyLine + ref.line - 1,
          field: '(body)',
          ...unknownMetric(ref.id, metricIds),
          severity: 'error',
        });
      }
    }
  }
  return issues;
}

/** Validates all content under `contentDir` against the schemas, theme ids and allowed embed hosts. */
export function checkContent(
  contentDir: string,
  themeIds: readonly string[],
  options: CheckOptions = {},
): ContentCheckResult {
  const settings: Settings = {
    embedHosts: options.embedHosts ?? [],
    today: options.today ?? buildDate(),
  };
  const issues: ContentIssue[] = [];
  const entries = {} as Record<CollectionName, EntryRef[]>;
  // Each file by the path messages show, read again only when a message needs its lines.
  const read = new Map<string, () => ContentFile>();
  const mdxFiles: string[] = [];

  issues.push(
    ...unknownFolderIssues(
      readContentTop(contentDir),
      Object.values(COLLECTIONS).map((c) => c.folder),
    ),
  );
  for (const [name, collection] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    entries[name] = [];
    const folder = listContentFolder(join(contentDir, collection.folder), collection.extensions);
    const listed = folder.paths.map((full) => ({ full, path: displayPath(full), id: entryIdOf(full) }));
    issues.push(
      ...strayFileIssues(folder.strays, collection.folder, collection.extensions),
      ...duplicateIdIssues(listed),
    );
    const question = JSON.stringify([name, settings.embedHosts, settings.today]);
    for (const { full, path, id } of listed) {
      const kept = options.cache?.lookup(full, question);
      let checked: FileResult;
      if (kept?.value) {
        let file: ContentFile | undefined;
        const reread = () => (file ??= readContentFile(full));
        read.set(path, reread);
        checked = { ...kept.value, issues: fromKept(kept.value.issues, () => reread().yaml) };
      } else {
        const file = readContentFile(full);
        read.set(path, () => file);
        checked = checkFile(file, name, settings);
      }
      if (kept) options.cache?.keep(kept.key, checked);
      issues.push(...checked.issues);
      if (checked.data && path.endsWith('.mdx')) mdxFiles.push(full);
      // A file that did not parse keeps its id known, so that files pointing at it are not reported as well.
      entries[name].push({ id, filePath: path, data: checked.data ?? {} });
    }
    issues.push(...copyIssues(entries[name], collection.copyFields));
  }
  issues.push(
    ...referenceIssues(entries, (path) => read.get(path)?.(), themeIds),
    ...metricReferenceIssues(
      mdxFiles.map((full) => readContentFile(full)),
      entries.metrics.map((m) => m.id),
    ),
  );

  // Whether the registers are up to date is only worth saying of content that is otherwise sound.
  if (!issues.some((issue) => issue.severity === 'error')) {
    issues.push(...overdueDutyWarnings(entries, settings.today, contentDir));
  }
  return { entries, issues };
}

const cache = new Map<string, ContentCheckResult>();

/**
 * checkContent, run once per build: the content check before the build and
 * the search index after it read the same files, so they share one result.
 */
export function checkContentOnce(
  contentDir: string,
  themeIds: readonly string[],
  options: CheckOptions = {},
): ContentCheckResult {
  const key = JSON.stringify([contentDir, themeIds, options.embedHosts ?? [], options.today ?? '']);
  let result = cache.get(key);
  if (!result) {
    result = checkContent(contentDir, themeIds, options);
    cache.set(key, result);
  }
  return result;
}
