/**
 * Every message a schema can give is plain English with a fix, and names the
 * field. For every collection, every field of the real content (and of the
 * withheld fixture) is removed in turn and given a wrong type in turn; every
 * resulting message must name the field, say what to write, and use none of
 * zod's own phrases. Random data (fast-check) must get the same treatment.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFolder } from '../../../src/lib/content/files';
import {
  type FriendlyIssue,
  formatPath,
  GENERAL_FIX,
  parseFriendly,
  ZOD_PHRASES,
} from '../../../src/domain/friendly-errors';
import { EVERY_FIELD_ENTRIES } from '../../support/every-field-entries';
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from '../../../src/collections';
import { siteConfigSchema } from '../../../src/schemas/site';

type Path = (string | number)[];

/** Every path in some data, parents before children. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const children = Array.isArray(value)
    ? value.flatMap((item, i) => pathsOf(item, [...path, i]))
    : value && typeof value === 'object' && !(value instanceof Date)
      ? Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, key]))
      : [];
  return path.length === 0 ? children : [path, ...children];
}

/** `agenda[3].title` and `agenda[0].title` are the same field. */
const fieldOf = (path: Path) => formatPath(path.map((key) => (typeof key === 'number' ? 0 : key)));

const clone = <T>(value: T): T => structuredClone(value);

function setAt(data: unknown, path: Path, value: unknown): unknown {
  const copy = clone(data) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === REMOVE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}
const REMOVE = Symbol('remove');

/** A value of another type than the one written: what a slip in YAML produces. */
function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return 'a single line';
  if (value instanceof Date) return [2023];
  return 'a single line';
}

/** An issue as one line, as a person reads it. */
const text = (issue: FriendlyIssue) => `${issue.problem}: ${issue.fix}`;

/** Everything wrong with a message, or nothing. */
function messageProblems(issue: FriendlyIssue): string[] {
  const problems: string[] = [];
  for (const phrase of ZOD_PHRASES) if (phrase.test(text(issue))) problems.push(`zod wording ${String(phrase)}`);
  if (!issue.fix.trim() || issue.fix === GENERAL_FIX) problems.push('no fix of its own');
  if (formatPath(issue.path) === '' && issue.path.length > 0) problems.push('no field');
  return problems;
}

interface Sample {
  collection: CollectionName;
  file: string;
  data: unknown;
}

/**
 * Kinds of record read from CSV files: a cell cannot be moved out from under its column's header,
 * so their messages are tested column by column in spending.test.ts and the mistakes corpus instead.
 */
const FIELD_KINDS = (Object.keys(COLLECTIONS) as CollectionName[]).filter(
  (name) => !(COLLECTIONS[name] as CollectionDefinition).columns,
);

/** Raw data of every content file of the launch content and the withheld fixture, and one entry of each kind with every field. */
const samples: Sample[] = [
  ...FIELD_KINDS.flatMap((collection) =>
    ['content', 'test/fixtures/withheld-site'].flatMap((root) =>
      readContentFolder(join(root, COLLECTIONS[collection].folder), COLLECTIONS[collection].extensions).files.map(
        (file) => ({ collection, file: file.path, data: file.data }),
      ),
    ),
  ),
  ...EVERY_FIELD_ENTRIES.flatMap((entry) => {
    const collection = FIELD_KINDS.find((name) => entry.path.startsWith(`${COLLECTIONS[name].folder}/`));
    return collection ? [{ collection, file: entry.path, data: entry.data }] : [];
  }),
];

/** One case per field of each collection: its first occurrence in the samples. */
function fieldCases(): { collection: CollectionName; file: string; data: unknown; path: Path }[] {
  const seen = new Set<string>();
  const cases = [];
  for (const sample of samples) {
    if (!COLLECTIONS[sample.collection].schema.safeParse(sample.data).success) continue;
    for (const path of pathsOf(sample.data)) {
      const key = `${sample.collection} ${fieldOf(path)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cases.push({ ...sample, path });
    }
  }
  return cases;
}

const cases = fieldCases();

describe('messages for every field of every collection', () => {
  it('cover a field of every collection, and many fields in all', () => {
    expect(new Set(cases.map((c) => c.collection))).toEqual(new Set(FIELD_KINDS));
    expect(cases.length).toBeGreaterThan(150);
  });

  it('name a removed required field as missing, say what to add, and use no zod wording', () => {
    let required = 0;
    const bad: string[] = [];
    for (const { collection, file, data, path } of cases) {
      if (typeof path.at(-1) === 'number') continue; // Removing a list item is not removing a field.
      const result = parseFriendly(COLLECTIONS[collection].schema, setAt(data, path, REMOVE));
      if (result.success) continue; // An optional field.
      required += 1;
      const named = result.issues.find((issue) => formatPath(issue.path) === formatPath(path));
      // A rule of the schema may report the absence on the field it affects (a withheldReason left
      // without its visibility, a gap left without gapsBefore) or on the parent (a due date or meeting):
      // then the message itself names the missing field.
      const namedInMessage = result.issues.find((issue) => text(issue).includes(`"${String(path.at(-1))}`));
      const parentNamed = result.issues.find((issue) => formatPath(issue.path) === formatPath(path.slice(0, -1)));
      if (!named && !parentNamed && !namedInMessage)
        bad.push(`${file} ${formatPath(path)}: not named in ${JSON.stringify(result.issues)}`);
      if (named && !/is missing: add "[^"]+:" followed by |is required/.test(text(named)))
        bad.push(`${file} ${formatPath(path)}: "${text(named)}" does not say it is missing and what to add`);
      for (const issue of result.issues)
        for (const problem of messageProblems(issue))
          bad.push(`${file} ${formatPath(issue.path)}: ${problem}: "${text(issue)}"`);
    }
    expect(bad).toEqual([]);
    expect(required).toBeGreaterThan(40);
  });

  it('name a field given the wrong type, say what to write, and use no zod wording', () => {
    let rejected = 0;
    const bad: string[] = [];
    for (const { collection, file, data, path } of cases) {
      const value = path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], data);
      const result = parseFriendly(COLLECTIONS[collection].schema, setAt(data, path, wrongTypeFor(value)));
      if (result.success) continue; // e.g. a number where text or a number is allowed.
      rejected += 1;
      const at = formatPath(path);
      // The field itself, or the nearest field that holds it (a person written as { name, role } is one field).
      const named = result.issues.some(
        (issue) =>
          (at.startsWith(formatPath(issue.path)) && formatPath(issue.path) !== '') ||
          text(issue).includes(`"${String(path.filter((key) => typeof key === 'string').at(-1))}"`),
      );
      if (!named) bad.push(`${file} ${at}: not named in ${JSON.stringify(result.issues)}`);
      for (const issue of result.issues)
        for (const problem of messageProblems(issue))
          bad.push(`${file} ${formatPath(issue.path)}: ${problem}: "${text(issue)}"`);
    }
    expect(bad).toEqual([]);
    expect(rejected).toBeGreaterThan(150);
  });

  it('name an unknown field and suggest the one meant', () => {
    const bad: string[] = [];
    for (const { collection, file, data, path } of cases) {
      const parent = path.slice(0, -1);
      const key = path.at(-1);
      if (typeof key !== 'string' || key.length < 5 || key[2] === key[3]) continue;
      const misspelt = `${key.slice(0, 2)}${key[3]}${key[2]}${key.slice(4)}`; // Two letters swapped.
      const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], data);
      const moved = setAt(setAt(data, path, REMOVE), [...parent, misspelt], value);
      const result = parseFriendly(COLLECTIONS[collection].schema, moved);
      const issue = result.success
        ? undefined
        : result.issues.find((i) => formatPath(i.path) === formatPath([...parent, misspelt]));
      if (!issue) bad.push(`${file} ${formatPath([...parent, misspelt])}: not reported`);
      else if (!text(issue).includes(`did you mean "${key}"?`))
        bad.push(`${file} ${formatPath([...parent, misspelt])}: no suggestion in "${text(issue)}"`);
    }
    expect(bad).toEqual([]);
  });
});

describe('messages for any data at all', () => {
  const schemas = [
    ...Object.entries(COLLECTIONS).map(([name, c]) => [name, c.schema] as const),
    ['site', siteConfigSchema] as const,
  ];

  it.each(schemas)('are plain English with a fix for %s', (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.anything())), (data) => {
        const result = parseFriendly(schema, data);
        if (result.success) return;
        for (const issue of result.issues) expect(messageProblems(issue), text(issue)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
