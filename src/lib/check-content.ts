/**
 * Checks every content file without running Astro: each against its
 * collection's schema, the references between them, what the Markdown and
 * MDX bodies contain, and whether withheld entries carry text that will not
 * be published. Reports every problem at once, with file, line and field.
 *
 * Reading the raw files matters: Astro's YAML parser silently turns an
 * impossible date such as 2024-02-30 into 1 March, so only a check of the text
 * as written can catch it.
 */
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { VISIBILITY_LEVELS } from '../schemas/fields';
import { checkBody } from './body-safety';
import { type ContentFile, lineOfField, readContentFolder } from './content-files';
import { formatPath } from './friendly-errors';
import { parseMdx } from './mdx-tree';
import { findMetricReferences, METRIC_ATTRIBUTES, unknownMetricMessage } from './metric-refs';
import { type EntryRef, findReferenceProblems } from './references';

export interface ContentIssue {
  file: string;
  line?: number | undefined;
  /** The field, e.g. `agenda[2].title`, or "(body)" for the Markdown text. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ContentCheckResult {
  /** Entries that parsed, by collection. */
  entries: Record<CollectionName, EntryRef[]>;
  /** Every error and warning, with its line where known. */
  issues: ContentIssue[];
  /** The errors, one line each: `file: field: message`. */
  problems: string[];
}

/** `file: field: message`, the one-line form used by the build. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

const TEXT_FIELDS = [
  'summary',
  'overview',
  'forceUpdate',
  'pccResponse',
  'purpose',
  'reasons',
  'text',
  'note',
  'publicSummary',
];

/** Warnings for withheld entries and items that still carry text: it will not be published. */
function withheldTextWarnings(file: ContentFile): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const level = record.visibility;
    if (typeof level === 'string' && level !== 'official' && (VISIBILITY_LEVELS as readonly string[]).includes(level)) {
      const withText = TEXT_FIELDS.filter((key) => typeof record[key] === 'string' && record[key] !== '');
      for (const key of withText) {
        warnings.push({
          file: file.path,
          line: lineOfField(file.yaml, [...path, key]),
          field: formatPath([...path, key]),
          message: `is withheld (${level}) and will not be published: keep it here only if the office needs it on file`,
          severity: 'warning',
        });
      }
      if (path.length === 0 && file.body.trim() !== '') {
        warnings.push({
          file: file.path,
          line: file.bodyLine,
          field: '(body)',
          message: `this entry is withheld (${level}), so its text will not be published: only the title and the reason will be`,
          severity: 'warning',
        });
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
  };
  visit(file.data, []);
  return warnings;
}

/** Validates all content under `contentDir` against the schemas, theme ids and allowed embed hosts. */
export function checkContent(
  contentDir: string,
  themeIds: readonly string[],
  options: { embedHosts?: readonly string[] } = {},
): ContentCheckResult {
  const issues: ContentIssue[] = [];
  const entries = {} as Record<CollectionName, EntryRef[]>;
  const files = new Map<string, ContentFile>();
  const mdxFiles: ContentFile[] = [];

  for (const [name, collection] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    entries[name] = [];
    for (const file of readContentFolder(join(contentDir, collection.folder), collection.extensions)) {
      files.set(file.path, file);
      if (file.yamlError) {
        issues.push({
          file: file.path,
          line: file.yamlError.line,
          field: '(YAML)',
          message: `is not valid YAML (${file.yamlError.message}): check the quotes, colons and indentation on this line and the lines above it`,
          severity: 'error',
        });
        entries[name].push({ id: file.id, filePath: file.path, data: {} });
        continue;
      }
      if (file.path.endsWith('.mdx')) mdxFiles.push(file);
      const result = collection.schema.safeParse(file.data);
      if (result.success) {
        entries[name].push({ id: file.id, filePath: file.path, data: result.data });
      } else {
        for (const issue of result.error.issues) {
          issues.push({
            file: file.path,
            line: lineOfField(file.yaml, issue.path),
            field: formatPath(issue.path) || '(whole file)',
            message: issue.message,
            severity: 'error',
          });
        }
        // Keep the id known, so that files pointing at this one are not reported as well.
        entries[name].push({ id: file.id, filePath: file.path, data: {} });
      }
      issues.push(...withheldTextWarnings(file));
      if (file.path.endsWith('.md') || file.path.endsWith('.mdx')) {
        for (const problem of checkBody(
          file.body,
          file.path.endsWith('.mdx') ? 'mdx' : 'md',
          options.embedHosts ?? [],
        )) {
          issues.push({
            file: file.path,
            line: file.bodyLine + problem.line - 1,
            field: '(body)',
            message: problem.message,
            severity: 'error',
          });
        }
      }
    }
  }

  for (const line of findReferenceProblems(
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
  )) {
    const [file = '', field = '', ...rest] = line.split(': ');
    const path = field
      .split(/[.[\]]/)
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const source = files.get(file);
    issues.push({
      file,
      line: source ? lineOfField(source.yaml, path) : undefined,
      field,
      message: rest.join(': '),
      severity: 'error',
    });
  }

  const metricIds = entries.metrics.map((m) => m.id);
  for (const file of mdxFiles) {
    let tree;
    try {
      tree = parseMdx(file.body);
    } catch {
      continue; // Reported by the body check.
    }
    for (const ref of findMetricReferences(tree, METRIC_ATTRIBUTES)) {
      if (!metricIds.includes(ref.id)) {
        issues.push({
          file: file.path,
          line: file.bodyLine + ref.line - 1,
          field: '(body)',
          message: unknownMetricMessage(ref.id, metricIds),
          severity: 'error',
        });
      }
    }
  }

  const problems = issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) =>
      issue.field === '(body)' && issue.line ? `${issue.file}:${issue.line}: ${issue.message}` : formatIssue(issue),
    );
  return { entries, issues, problems };
}

const cache = new Map<string, ContentCheckResult>();

/**
 * checkContent, run once per build: the content check before the build and
 * the search index after it read the same files, so they share one result.
 */
export function checkContentOnce(
  contentDir: string,
  themeIds: readonly string[],
  options: { embedHosts?: readonly string[] } = {},
): ContentCheckResult {
  const key = JSON.stringify([contentDir, themeIds, options.embedHosts ?? []]);
  let result = cache.get(key);
  if (!result) {
    result = checkContent(contentDir, themeIds, options);
    cache.set(key, result);
  }
  return result;
}
