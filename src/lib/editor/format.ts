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

/**
 * The option that marks, in the editor's configuration, a group of fields that
 * files may also write as one plain value: a person as their name (`name`), a
 * figure with no qualifier as the number (`value`). Its value is the field the
 * plain value stands for.
 */
export const SHORTHAND = 'portal_shorthand';

/**
 * The option that marks a list whose emptiness means something: a register of
 * interests given as `[]` ("nothing declared") is not one left out ("not
 * published here"). Such a list is written even when empty.
 */
export const KEEP_EMPTY = 'portal_keep_empty';

/** The editor's own formats for content files, named in its configuration and registered by src/admin/editor.ts. */
export const EDITOR_FORMATS = { pages: 'portal-markdown', data: 'portal-yaml' } as const;

/** A field whose name in the file is the editor's name for something else. */
export const FILE_FIELD_IN_EDITOR: Readonly<Record<string, string>> = { body: 'bodyId' };

/** The editor's name for a top-level field of a file. */
export const editorNameOf = (key: string) => FILE_FIELD_IN_EDITOR[key] ?? key;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * A value with the empty parts an untouched form leaves removed, or undefined
 * when nothing is left; a list at one of `keep` (dotted paths, as
 * `agenda.papers`) stays even when empty.
 */
export function withoutEmpty(value: unknown, keep: readonly string[] = [], path = ''): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => withoutEmpty(item, keep, path)).filter((item) => item !== undefined);
    return items.length > 0 || keep.includes(path) ? items : undefined;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, withoutEmpty(item, keep, path ? `${path}.${key}` : key)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

function renameTopLevel(data: Record<string, unknown>, names: Readonly<Record<string, string>>) {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [names[key] ?? key, value]));
}

/** A dotted path in the editor's names as the file names it (`bodyId` → `body` at the top). */
const fileNameOfPath = (path: string) => {
  const [first = '', ...rest] = path.split('.');
  return [inverse[first] ?? first, ...rest].join('.');
};

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
  label_singular?: string;
  fields?: FieldConfig[];
  field?: FieldConfig;
  [SHORTHAND]?: string;
  [KEEP_EMPTY]?: boolean;
}

type EditorConfigLike = { collections?: { fields?: FieldConfig[] }[] };

/**
 * Every field of the editor's forms by its dotted path (`agenda.title`), in
 * the forms' order; where two kinds share a path, the first kind's field.
 */
function fieldsByPath(config: EditorConfigLike): Map<string, FieldConfig> {
  const fields = new Map<string, FieldConfig>();
  const walk = (list: readonly FieldConfig[], prefix: string) => {
    for (const field of list) {
      const path = `${prefix}${field.name}`;
      if (!fields.has(path)) fields.set(path, field);
      if (field.fields) walk(field.fields, `${path}.`);
    }
  };
  for (const collection of config.collections ?? []) walk(collection.fields ?? [], '');
  return fields;
}

/**
 * Every field's place in the editor's forms, nested ones included
 * (`agenda.title`), read from its configuration: Decap gives a format only
 * the order of the top-level fields.
 *
 * @example nestedFieldOrder({ collections: [{ fields: [{ name: 'agenda', fields: [{ name: 'title' }] }] }] })
 * // => ["agenda", "agenda.title"]
 */
export const nestedFieldOrder = (config: EditorConfigLike): string[] => [...fieldsByPath(config).keys()];

/** The lists whose emptiness means something, read from the editor's configuration. */
export const keptWhenEmpty = (config: EditorConfigLike): string[] =>
  [...fieldsByPath(config)].filter(([, field]) => field[KEEP_EMPTY]).map(([path]) => path);

/** Where a form has a group that files may write as a plain value, and the field that value stands for. */
export interface Shorthand {
  /** e.g. `chair`, `attendance.people`, `applicationsReceived`. */
  path: string;
  /** e.g. `name`, `value`. */
  key: string;
}

/** What one item of each list in the forms is called (`agenda` → "agenda item"), from the configuration. */
export const itemNames = (config: EditorConfigLike): Map<string, string> =>
  new Map(
    [...fieldsByPath(config)].flatMap(([path, field]) =>
      field.label_singular ? [[path, field.label_singular] as const] : [],
    ),
  );

/**
 * A place in a record, as `withheldWithoutReason` gives it, in the form's words.
 *
 * @example placeInForm('agenda[2].resolutions[1]', new Map([['agenda', 'agenda item'], ['agenda.resolutions', 'resolution']]))
 * // => "agenda item 2, resolution 1"
 */
export function placeInForm(place: string, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  let path = '';
  for (const segment of place.split('.')) {
    const [, key = segment, index] = /^(.*?)(?:\[(\d+)\])?$/.exec(segment) ?? [];
    path = path ? `${path}.${key}` : key;
    parts.push(index ? `${names.get(path) ?? key} ${index}` : (names.get(path) ?? key));
  }
  return parts.join(', ');
}

/** Every shorthand in the editor's forms, read from its configuration. */
export const shorthandsOf = (config: EditorConfigLike): Shorthand[] =>
  [...fieldsByPath(config)].flatMap(([path, field]) => {
    const key = field[SHORTHAND];
    return key ? [{ path, key }] : [];
  });

/** `value` with each value at a shorthand's path changed by `change`, through lists at any depth. */
function mapShorthands(
  value: unknown,
  shorthands: readonly Shorthand[],
  change: (item: unknown, key: string) => unknown,
  path = '',
): unknown {
  if (Array.isArray(value)) return value.map((item) => mapShorthands(item, shorthands, change, path));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      const at = path ? `${path}.${key}` : key;
      const shorthand = shorthands.find((s) => s.path === at);
      if (!shorthand) return [key, mapShorthands(item, shorthands, change, at)];
      return [key, Array.isArray(item) ? item.map((i) => change(i, shorthand.key)) : change(item, shorthand.key)];
    }),
  );
}

/**
 * Plain values as the form's groups hold them.
 *
 * @example asGroups({ chair: 'Cllr A' }, [{ path: 'chair', key: 'name' }]) // => { chair: { name: 'Cllr A' } }
 */
export const asGroups = (data: Record<string, unknown>, shorthands: readonly Shorthand[]) =>
  mapShorthands(data, shorthands, (item, key) =>
    item !== null && typeof item !== 'object' ? { [key]: item } : item,
  ) as Record<string, unknown>;

/**
 * Groups as files write them: a group with nothing but its main field is that value.
 *
 * @example asWritten({ chair: { name: 'Cllr A', role: '' } }, [{ path: 'chair', key: 'name' }]) // => { chair: 'Cllr A' }
 */
export const asWritten = (data: Record<string, unknown>, shorthands: readonly Shorthand[]) =>
  mapShorthands(data, shorthands, (item, key) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const group = item as Record<string, unknown>;
    const others = Object.entries(group).filter(([k, v]) => k !== key && withoutEmpty(v) !== undefined);
    return others.length === 0 && group[key] !== undefined ? group[key] : item;
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
export function toMarkdownFile(
  data: Record<string, unknown>,
  order: readonly string[] = [],
  keep: readonly string[] = [],
): string {
  const { body, ...fields } = data;
  const sorted = inFormOrder(fields, order) as Record<string, unknown>;
  const kept = (withoutEmpty(renameTopLevel(sorted, inverse), keep.map(fileNameOfPath)) ?? {}) as Record<
    string,
    unknown
  >;
  const text = typeof body === 'string' && body.trim() ? `\n${body.trim()}\n` : '';
  return `---\n${yamlOf(kept)}---\n${text}`;
}

/** A YAML data file as the editor's data. */
export const fromYamlFile = (text: string) =>
  renameTopLevel((parse(text) as Record<string, unknown> | null) ?? {}, FILE_FIELD_IN_EDITOR);

/** The editor's data as a YAML data file. */
export const toYamlFile = (
  data: Record<string, unknown>,
  order: readonly string[] = [],
  keep: readonly string[] = [],
) =>
  yamlOf(
    (withoutEmpty(
      renameTopLevel(inFormOrder(data, order) as Record<string, unknown>, inverse),
      keep.map(fileNameOfPath),
    ) ?? {}) as Record<string, unknown>,
  );
