/**
 * The portal's wording for what a schema found wrong: the field, what is wrong
 * in plain words, and what to write instead. Schemas set it on the enums they
 * make and every parse passes it (see `friendly-errors.ts`), so it lives
 * below both.
 * @see https://zod.dev/error-customization#per-parse-error-customization
 */
import { globalRegistry, type z } from 'zod';
import { explain } from './explain';
import { describeInput } from './describe-input';
import { nearestWord } from './suggest';

/**
 * The message for a field this kind of record does not have, with the
 * nearest known field when there is one. Case is ignored when suggesting, so
 * `Visibility` suggests `visibility`.
 *
 * @example unknownFieldMessage('visiblity', ['title', 'visibility'])
 * // => explain('"visiblity" is not a field here', 'did you mean "visibility"? Rename it, or remove the line')
 */
export function unknownFieldMessage(key: string, known: readonly string[]): string {
  const nearest = nearestWord(key, known);
  if (nearest !== undefined) {
    return explain(`"${key}" is not a field here`, `did you mean "${nearest}"? Rename it, or remove the line`);
  }
  return explain(
    `"${key}" is not a field here`,
    `remove it, or use one of the fields of this part of the file: ${known.join(', ')}`,
  );
}

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema | undefined) =>
  schema?._zod.def as (Record<string, unknown> & { type: string }) | undefined;

/** What a schema accepts, in words: "text", "a whole number", "one of: pcc, board, panel". */
export function expectationOf(schema: AnySchema | undefined): string {
  if (!schema) return 'a value';
  const meta = globalRegistry.get(schema) as { format?: string; example?: string } | undefined;
  if (meta?.format) return meta.example ? `${meta.format}, e.g. ${meta.example}` : meta.format;
  const def = defOf(schema)!;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return expectationOf(def.innerType as AnySchema);
    case 'pipe':
      return expectationOf(def.in as AnySchema);
    case 'enum':
      return `one of: ${Object.values(def.entries as Record<string, string>).join(', ')}`;
    case 'literal':
      return `exactly ${(def.values as unknown[]).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'string':
      return 'text';
    case 'number':
      return schema._zod.bag && (schema._zod.bag as { format?: string }).format?.includes('int')
        ? 'a whole number'
        : 'a number';
    case 'boolean':
      return 'true or false';
    case 'array': {
      const element = expectationOf(def.element as AnySchema);
      return element.startsWith('a group of fields')
        ? `a list, each item with the fields ${element.slice('a group of fields '.length)}`
        : `a list, each item ${element}`;
    }
    case 'object': {
      const keys = Object.keys(def.shape as Record<string, unknown>);
      return `a group of fields (${keys.join(', ')})`;
    }
    case 'union':
      return (def.options as AnySchema[]).map(expectationOf).join(', or ');
    default:
      return 'a value';
  }
}

/** How to write a value of each type zod checks for. */
const HOW_TO_WRITE: Record<string, string> = {
  string: 'write it as text, in quotes if it looks like a number, a date or true/false',
  number: 'write a plain number without %, £ or commas, e.g. 12',
  int: 'write a whole number without %, £ or commas, e.g. 12',
  boolean: 'write true or false',
  array: 'write a list, one item per line, each starting with "- "',
  object: 'write its fields on the lines below it, indented by two spaces',
  date: 'write a date as YYYY-MM-DD, e.g. 2023-10-09',
};

/**
 * The per-parse error map: a plain-English message for every issue a schema
 * did not word itself. Unknown fields get one line per key (split again in
 * {@link parseFriendly}, so each is reported on its own line of the file).
 */
export function schemaErrorMap(issue: z.core.$ZodRawIssue): string {
  const inst = issue.inst as AnySchema | undefined;
  // Nothing written: say what is expected; parseFriendly turns it into "is missing: add …".
  if (issue.input === undefined && ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code ?? '')) {
    return `must be ${expectationOf(inst)}`;
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      const what = expectationOf(inst);
      return explain(`must be ${what}, not ${describeInput(issue.input)}`, HOW_TO_WRITE[expected] ?? `write ${what}`);
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const nearest = typeof issue.input === 'string' ? nearestWord(issue.input, allowed) : undefined;
      const suggestion = nearest ? `did you mean "${nearest}"? Use` : 'use';
      return explain(
        `${describeInput(issue.input)} is not an allowed value`,
        `${suggestion} one of: ${allowed.join(', ')}`,
      );
    }
    case 'unrecognized_keys': {
      const known = Object.keys((defOf(inst)?.shape as Record<string, unknown> | undefined) ?? {});
      return issue.keys.map((key) => unknownFieldMessage(key, known)).join('\n');
    }
    case 'too_small':
      if (issue.origin === 'string') return explain('cannot be empty', 'write the text, or remove the line');
      if (issue.origin === 'array')
        return explain(
          `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`,
          `add ${Number(issue.minimum) === 1 ? 'one' : 'them'}, one per line starting with "- "`,
        );
      return explain(`is below ${String(issue.minimum)}`, `write a number of ${String(issue.minimum)} or more`);
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array')
        return explain(`is longer than ${String(issue.maximum)} allows`, `shorten it`);
      return explain(`is above ${String(issue.maximum)}`, `write a number of ${String(issue.maximum)} or less`);
    case 'invalid_format':
      return explain(`is not written the right way`, `write ${expectationOf(inst)}`);
    case 'invalid_union':
      return explain(
        `must be ${expectationOf(inst)}, not ${describeInput(issue.input)}`,
        `write ${expectationOf(inst)}`,
      );
    default:
      return explain(`is not valid here`, `write ${expectationOf(inst)}`);
  }
}
