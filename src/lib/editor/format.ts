/**
 * How the browser editor reads and writes content files: the same files
 * `npm run new` writes (YAML fields between `---` lines, then the Markdown
 * text; or plain YAML), with two differences from Decap's own formats that
 * matter here. Decap keeps the Markdown text in a field called `body`, but a
 * meeting's or decision's `body` is the board or panel it belongs to, so that
 * field is `bodyId` in the editor and `body` in the file. And a field the
 * author left empty is left out of the file rather than written as `''` or
 * `[]`, which the content check would rightly refuse as an empty value.
 * Pure: used by the editor in the browser and tested here.
 * @see https://decapcms.org/docs/custom-formatters/
 */
import { Document, isScalar, parse, visit } from 'yaml';

/** The option that marks a field holding a person, or a list of people, in the editor's configuration. */
export const PERSON_MARK = 'portal_person';

/** The editor's own formats for content files, named in its configuration and registered by src/admin/editor.ts. */
export const EDITOR_FORMATS = { pages: 'portal-markdown', data: 'portal-yaml' } as const;

/** A field whose name in the file is the editor's name for something else. */
export const FILE_FIELD_IN_EDITOR: Readonly<Record<string, string>> = { body: 'bodyId' };

/** The editor's name for a top-level field of a file. */
export const editorNameOf = (key: string) => FILE_FIELD_IN_EDITOR[key] ?? key;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** A value with the empty parts an untouched form leaves removed, or undefined when nothing is left. */
export function withoutEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

function renameTopLevel(data: Record<string, unknown>, names: Readonly<Record<string, string>>) {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [names[key] ?? key, value]));
}

const inverse = Object.fromEntries(Object.entries(FILE_FIELD_IN_EDITOR).map(([file, editor]) => [editor, file]));

/**
 * A value with the keys of each group in the order of the editor's form, as
 * Decap lists them (`agenda`, `agenda.title`, …), so a saved file reads like
 * the files written by hand: the title first, not the defaults.
 */
export function inFormOrder(value: unknown, order: readonly string[], path = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => inFormOrder(item, order, path));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const place = (key: string) => {
    const at = order.indexOf(path ? `${path}.${key}` : key);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => place(a) - place(b))
      .map(([key, item]) => [key, inFormOrder(item, order, path ? `${path}.${key}` : key)]),
  );
}

interface FieldConfig {
  name: string;
  fields?: FieldConfig[];
  field?: FieldConfig;
  [PERSON_MARK]?: boolean;
}

/**
 * Every field's place in the editor's forms, nested ones included
 * (`agenda.title`), read from its configuration: Decap gives a format only
 * the order of the top-level fields.
 *
 * @example nestedFieldOrder({ collections: [{ fields: [{ name: 'agenda', fields: [{ name: 'title' }] }] }] })
 * // => ["agenda", "agenda.title"]
 */
export function nestedFieldOrder(config: { collections?: { fields?: FieldConfig[] }[] }): string[] {
  const names: string[] = [];
  const walk = (fields: readonly FieldConfig[], prefix: string) => {
    for (const field of fields) {
      const name = `${prefix}${field.name}`;
      if (!names.includes(name)) names.push(name);
      if (field.fields) walk(field.fields, `${name}.`);
    }
  };
  for (const collection of config.collections ?? []) walk(collection.fields ?? [], '');
  return names;
}

/**
 * Where the forms hold people (`chair`, `attendance.people`), read from the
 * editor's configuration. Files may give a person as a plain name, which the
 * form's { name, role } group cannot show.
 */
export function personPaths(config: { collections?: { fields?: FieldConfig[] }[] }): string[] {
  const paths: string[] = [];
  const walk = (fields: readonly FieldConfig[], prefix: string) => {
    for (const field of fields) {
      const path = `${prefix}${field.name}`;
      if (field[PERSON_MARK] && !paths.includes(path)) paths.push(path);
      if (field.fields) walk(field.fields, `${path}.`);
    }
  };
  for (const collection of config.collections ?? []) walk(collection.fields ?? [], '');
  return paths;
}

/** `value` with each person at `paths` changed by `change`, through lists at any depth. */
function mapPeople(value: unknown, paths: readonly string[], change: (person: unknown) => unknown, path = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => mapPeople(item, paths, change, path));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      if (!paths.includes(at)) return [key, mapPeople(item, paths, change, at)];
      return [key, Array.isArray(item) ? item.map(change) : change(item)];
    }),
  );
}

/**
 * People as the form holds them: a plain name becomes { name }.
 *
 * @example peopleAsObjects({ chair: 'Cllr A' }, ['chair']) // => { chair: { name: 'Cllr A' } }
 */
export const peopleAsObjects = (data: Record<string, unknown>, paths: readonly string[]) =>
  mapPeople(data, paths, (person) => (typeof person === 'string' ? { name: person } : person)) as Record<
    string,
    unknown
  >;

/**
 * People as files write them: a person with no role is their name.
 *
 * @example peopleAsWritten({ chair: { name: 'Cllr A' } }, ['chair']) // => { chair: 'Cllr A' }
 */
export const peopleAsWritten = (data: Record<string, unknown>, paths: readonly string[]) =>
  mapPeople(data, paths, (person) => {
    if (person === null || typeof person !== 'object') return person;
    const { name, role, ...rest } = person as Record<string, unknown>;
    const hasRole = typeof role === 'string' && role.trim() !== '';
    return !hasRole && Object.keys(rest).length === 0 && typeof name === 'string' ? name : person;
  }) as Record<string, unknown>;

/** Values the content guide asks to be written in quotes, since other YAML readers take 13:00 for a number. */
const QUOTED = /^(\d{1,2}:\d{2}|\d{4}\/\d{2})$/;

/** YAML as the portal's files are written: long text folded at 100 characters, times and years quoted. */
function yamlOf(data: Record<string, unknown>): string {
  const document = new Document(data, { aliasDuplicateObjects: false });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && QUOTED.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 100, minContentWidth: 40 });
}

/** A Markdown file with fields, as the editor's data: its fields, and its text as `body`. */
export function fromMarkdownFile(text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  const fields = match ? ((parse(match[1] ?? '') as Record<string, unknown> | null) ?? {}) : {};
  const body = (match ? (match[2] ?? '') : text).replace(/^\r?\n/, '');
  return { ...renameTopLevel(fields, FILE_FIELD_IN_EDITOR), ...(body.trim() ? { body } : {}) };
}

/** The editor's data as a Markdown file with fields; `order` is the form's, as Decap gives it. */
export function toMarkdownFile(data: Record<string, unknown>, order: readonly string[] = []): string {
  const { body, ...fields } = data;
  const sorted = inFormOrder(fields, order) as Record<string, unknown>;
  const kept = (withoutEmpty(renameTopLevel(sorted, inverse)) ?? {}) as Record<string, unknown>;
  const text = typeof body === 'string' && body.trim() ? `\n${body.trim()}\n` : '';
  return `---\n${yamlOf(kept)}---\n${text}`;
}

/** A YAML data file as the editor's data. */
export const fromYamlFile = (text: string) =>
  renameTopLevel((parse(text) as Record<string, unknown> | null) ?? {}, FILE_FIELD_IN_EDITOR);

/** The editor's data as a YAML data file. */
export const toYamlFile = (data: Record<string, unknown>, order: readonly string[] = []) =>
  yamlOf(
    (withoutEmpty(renameTopLevel(inFormOrder(data, order) as Record<string, unknown>, inverse)) ?? {}) as Record<
      string,
      unknown
    >,
  );
