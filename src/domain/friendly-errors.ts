/**
 * Turns zod issues into messages comms staff can act on: the field, what is
 * wrong in plain words, and what to write instead. Every schema is parsed
 * through {@link parseFriendly}, so no zod wording ("Invalid input: expected
 * string, received undefined") ever reaches a person.
 *
 * Messages a schema sets itself (a date written YYYY-MM-DD, a sum without the
 * £ sign) win over the ones made here: zod only asks this error map when the
 * schema gives none.
 * @see https://zod.dev/error-customization#per-parse-error-customization
 */
import type { z } from 'zod';
import { type Explanation, explained, sentence } from './explain';
import { schemaErrorMap } from './schema-messages';

export { describeInput } from './describe-input';
export { expectationOf, schemaErrorMap, unknownFieldMessage } from './schema-messages';

/**
 * Formats a zod issue path the way people read YAML: `agenda[2].title`.
 *
 * @example formatPath(['agenda', 2, 'title']) // => "agenda[2].title"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    if (key === '') return out ? `${out}.""` : '""';
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Zod's own phrases: none of them may reach a person. Tests check every message against this list. */
export const ZOD_PHRASES = [
  /Invalid input/i,
  /Invalid (option|union|string|element|key|value|type|format)/i,
  /expected .*, received/i,
  /Too (small|big)/i,
  /Unrecognized keys?/i,
  /Expected (string|number|boolean|array|object|date)/,
  /Required$/,
];

/** A problem found by a schema, ready to show: the field's path, what is wrong and how to fix it. */
export interface FriendlyIssue extends Explanation {
  path: (string | number)[];
  /** Set on a field the schema does not know, so that it can be looked for one level up. */
  unknownField?: true;
}

/** The value at a path of raw input, and whether its last key is present at all. */
function lookup(input: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let value: unknown = input;
  for (const key of path) {
    if (!value || typeof value !== 'object' || !(key in value)) return { present: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value };
}

/** "must be a date written YYYY-MM-DD" → "a date written YYYY-MM-DD", for "add it with …". */
const withoutMustBe = (message: string) =>
  explained(message)
    .problem.replace(/^must be /, '')
    .replace(/, not .*$/, '');

/** For a rule whose message gives no fix of its own (zod's default wording for a rule the portal did not word). */
export const GENERAL_FIX = 'correct the value as CONTENT.md describes for this field';

/** A zod message as a problem and its fix. */
const friendly = (path: (string | number)[], message: string): FriendlyIssue => ({
  path,
  ...explained(message, GENERAL_FIX),
});

/**
 * Rewrites one zod issue for people: unknown keys become one issue per key
 * (so each points at its own line), and a missing or empty field says so and
 * what to add, whatever the schema's own message says about its format.
 */
function toFriendly(
  issue: z.core.$ZodIssue,
  input: unknown,
  optional: (path: readonly (string | number)[]) => boolean = () => false,
): FriendlyIssue[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  // A value that may take several forms (a name, or { name, role }): when only one form fits
  // what was written, its own problems are clearer than "must be X or Y".
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const fitting = issue.errors.filter(
      (branch) => !(branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0),
    );
    if (fitting.length === 1) {
      return fitting[0].flatMap((inner) =>
        toFriendly({ ...inner, path: [...issue.path, ...inner.path] }, input, optional),
      );
    }
  }
  if (issue.code === 'unrecognized_keys') {
    const lines = issue.message.split('\n');
    return issue.keys.map((key, i) => ({
      ...friendly([...path, key], lines[i] ?? lines[0] ?? ''),
      unknownField: true as const,
    }));
  }
  if (path.length === 0 && issue.code === 'invalid_type') {
    return [
      {
        path,
        problem: 'does not hold fields',
        fix: 'write one field per line as "name: value", e.g. "title: Estates strategy"',
      },
    ];
  }
  const key = path.at(-1);
  const { present, value } = lookup(input, path);
  // A schema's own rule (a refinement) already says what is wrong, missing or not.
  if (
    issue.code !== 'custom' &&
    path.length > 0 &&
    typeof key === 'string' &&
    lookup(input, path.slice(0, -1)).present
  ) {
    if (!present)
      return [{ path, problem: 'is missing', fix: `add "${key}:" followed by ${withoutMustBe(issue.message)}` }];
    if (value === null) {
      const orRemove = optional(path) ? ', or remove the line' : '';
      return [{ path, problem: 'is empty', fix: `write ${withoutMustBe(issue.message)} after "${key}:"${orRemove}` }];
    }
  }
  return [friendly(path, issue.message)];
}

/**
 * A field indented one level too far (`visibility` under an action's `due:`)
 * is unknown where it is, but known one level up: say so, and where to move
 * it, rather than only that it is unknown. Found by moving it up and parsing
 * again.
 */
function belongsHigher(schema: z.ZodType, input: unknown, issue: FriendlyIssue): FriendlyIssue {
  const key = issue.path.at(-1);
  const parent = issue.path.slice(0, -1);
  const parentKey = parent.at(-1);
  const above = parent.slice(0, -1);
  if (typeof key !== 'string' || typeof parentKey !== 'string') return issue;
  const moved = structuredClone(input);
  const container = lookup(moved, parent).value as Record<string, unknown>;
  const target = lookup(moved, above).value as Record<string, unknown> | undefined;
  if (!target || typeof target !== 'object' || Array.isArray(target) || key in target) return issue;
  target[key] = container[key];
  delete container[key];
  const again = schema.safeParse(moved);
  const stillUnknown =
    !again.success &&
    again.error.issues.some(
      (i) => i.code === 'unrecognized_keys' && formatPath(i.path) === formatPath(above) && i.keys.includes(key),
    );
  if (stillUnknown) return issue;
  return {
    ...issue,
    problem: `"${key}" is not a field of "${parentKey}", but of the part above it`,
    fix: `move it left, to line up with "${parentKey}:"`,
  };
}

/**
 * Parses with a schema and the portal's error map. Returns the data, or every
 * problem in plain English.
 *
 * @example parseFriendly(decisionSchema, { title: 'X' }).issues?.[0]
 * // => { path: ['date'], problem: 'is missing', fix: 'add "date:" followed by a date written YYYY-MM-DD, e.g. 2023-10-09' }
 */
export function parseFriendly<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { success: true; data: z.output<S> } | { success: false; issues: FriendlyIssue[] } {
  const result = schema.safeParse(input, { error: schemaErrorMap });
  if (result.success) return { success: true, data: result.data };
  // Whether a field written empty may simply be removed: parse again without it.
  const optional = (path: readonly (string | number)[]) => {
    const without = structuredClone(input);
    const parent = lookup(without, path.slice(0, -1)).value as Record<string | number, unknown> | undefined;
    if (parent && typeof parent === 'object') delete parent[path.at(-1)!];
    const again = schema.safeParse(without);
    return again.success || !again.error.issues.some((i) => formatPath(i.path) === formatPath(path));
  };
  const issues = result.error.issues.flatMap((issue) => toFriendly(issue, input, optional));
  return {
    success: false,
    issues: issues.map((issue) => (issue.unknownField ? belongsHigher(schema, input, issue) : issue)),
  };
}

/**
 * One line per issue: `file: field: message`.
 *
 * @example formatIssues([{ path: ['date'], problem: 'must be a date', fix: 'write it as YYYY-MM-DD' }], 'x.md')
 * // => "x.md: date: must be a date: write it as YYYY-MM-DD"
 */
export function formatIssues(
  issues: readonly (Explanation & { path: readonly PropertyKey[] })[],
  file: string,
): string {
  return issues.map((issue) => `${file}: ${formatPath(issue.path) || '(whole file)'}: ${sentence(issue)}`).join('\n');
}

/** Parses with a schema and throws one readable error listing every problem in the file. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, input: unknown, file: string): z.output<S> {
  const result = parseFriendly(schema, input);
  if (result.success) return result.data;
  throw new Error(formatIssues(result.issues, file));
}
