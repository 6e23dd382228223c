/**
 * The browser editor's configuration (Decap CMS, at /admin/), generated from
 * the same zod schemas and doc comments as the content check and the content
 * guide, on every build: each kind of record is a collection, each field a
 * widget with its label, help text, whether it is required, its allowed
 * values with the words pages show for them, and the pattern the check
 * applies; nested lists (agenda items, actions, awards) are lists of groups.
 * Because it is made from the schemas each time the site is built, the editor
 * offers no field, value or default the check would refuse (tests compare it
 * with zod's own JSON Schema of each kind). What only the check can see, such
 * as an impossible date (2023-02-30) or a group filled in halfway, it reports
 * on the pull request.
 * @see https://decapcms.org/docs/configuration-options/
 */
import { globalRegistry } from 'zod';
import { COLLECTIONS, type CollectionDefinition } from '../../collections';
import { ID_PATTERN } from '../content/ids';
import { VISIBILITY } from '../../schemas/fields';
import { type AnySchema, collectionFields, defOf, isList, type SchemaDocs, type SchemaField } from '../schema-fields';
import { EDITOR_FORMATS, editorNameOf, KEEP_EMPTY, SHORTHAND } from './format';

/** The format of a person: a plain name, or { name, role }. */
const PERSON = 'a name, or { name, role }';
/** Figures the papers may qualify ("over 50"): a plain number, or { value, qualifier }. */
const QUALIFIED = [
  'a number, or { value, qualifier: more-than | about | at-least | fewer-than }',
  'pounds, or { value, qualifier: more-than | about | at-least | fewer-than }',
];
/** How the form names each qualifier. */
const QUALIFIER_LABELS: Record<string, string> = {
  'more-than': 'More than (over)',
  about: 'About',
  'at-least': 'At least',
  'fewer-than': 'Fewer than (under)',
};

export interface EditorOptions {
  /** The GitHub repository the site is built from, `owner/name`. */
  repository?: string | undefined;
  /** The branch the site is published from. */
  branch: string;
  /** An OAuth client for signing in with GitHub (Decap's `base_url`), when the site is not on Netlify. */
  authUrl?: string | undefined;
  /** The published site's address. */
  siteUrl: string;
  /** The Police and Crime Plan themes from the site config, offered by name wherever a record is tagged. */
  themes: readonly { id: string; label: string }[];
}

/** A Decap field: the keys used here, and Decap's own open set. */
export type EditorField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  options?: { label: string; value: string }[];
  [option: string]: unknown;
};

/**
 * The patterns the editor checks as an author types, each with the advice the
 * check gives. Each accepts everything the content check accepts (a test
 * proves it); the check alone refuses an impossible date such as 2023-02-30.
 */
export const PATTERNS = {
  date: ['^\\d{4}-\\d{2}-\\d{2}$', 'Write the date as YYYY-MM-DD, e.g. 2023-10-09.'],
  dateOrMonth: [
    '^\\d{4}-\\d{2}(-\\d{2})?$',
    'Write the date as YYYY-MM-DD, e.g. 2023-10-09, or as YYYY-MM when only the month is known, e.g. 2024-03.',
  ],
  time: ['^([01]\\d|2[0-3]):[0-5]\\d$', 'Write the time on the 24-hour clock as HH:MM, e.g. 13:00.'],
  id: [ID_PATTERN.source, 'Use lower-case letters, digits and single hyphens only, e.g. cgb-2023-06-21.'],
  url: ['^[hH][tT][tT][pP][sS]?://.+$', 'Write the full web address, starting https://.'],
  financialYear: ['^\\d{4}/\\d{2}$', 'Write the financial year as YYYY/YY, e.g. 2022/23.'],
} satisfies Record<string, [string, string]>;

/** Fields whose ids name another kind of record: the editor offers a choice of them by name. */
const RELATIONS: Record<string, { collection: string; display: string; search: string[] }> = {
  body: { collection: 'bodies', display: '{{name}}', search: ['name', 'shortName', 'abbreviation'] },
  meeting: {
    collection: 'meetings',
    display: `{{date}} {{${editorNameOf('body')}}}`,
    search: ['date', editorNameOf('body'), 'title'],
  },
};

/** Lists of ids that name records of another kind: the editor offers a choice of them by title. */
const RELATION_LISTS: Record<string, { collection: string; display: string; search: string[] }> = {
  decisions: { collection: 'decisions', display: '{{title}}', search: ['title', 'date', 'reference'] },
};

/** A choice of records of another kind, by the fields people know them by; the file gets their ids. */
const relationTo = (relation: { collection: string; display: string; search: string[] }): Shape => ({
  widget: 'relation',
  collection: relation.collection,
  value_field: '{{slug}}',
  search_fields: relation.search,
  display_fields: [relation.display],
});

/** Text fields that hold sentences rather than a few words, given a box of several lines. */
const PROSE =
  /^(summary|description|purpose|note|notes|publicSummary|withheldReason|text|question|answer|response|update|details?|outcomeText|minutes|remit|conclusion)$/;

/**
 * A field's name as a label.
 *
 * @example labelOf('fundingSource') // => "Funding source"
 */
export function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

const formatOf = (schema: AnySchema) => (globalRegistry.get(schema) as { format?: string } | undefined)?.format;

/** The schema under optional, default and nullable, keeping the outermost format it meets. */
function unwrap(schema: AnySchema): { core: AnySchema; format?: string | undefined } {
  let core = schema;
  let format = formatOf(core);
  for (;;) {
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'readonly') {
      core = def.innerType as AnySchema;
      format ??= formatOf(core);
    } else return { core, format };
  }
}

/** The options of an enum, in the words pages show for them where it has labels. */
function optionsOf(schema: AnySchema): { label: string; value: string }[] {
  const def = defOf(schema);
  const labels = (globalRegistry.get(schema) as { labels?: Record<string, string> } | undefined)?.labels;
  return Object.values(def.entries as Record<string, string>).map((value) => ({
    label: labels?.[value] ?? value,
    value,
  }));
}

type Shape = { widget: string; [option: string]: unknown };

/** The widget for a value of a given schema; `key` is the field's name, for the few choices made by name. */
function widgetFor(
  schema: AnySchema,
  key: string,
  children: SchemaField[] | undefined,
  docs: Context,
  optional = false,
): Shape {
  const { core, format } = unwrap(schema);
  switch (format) {
    case 'date, written YYYY-MM-DD':
      return { widget: 'string', pattern: PATTERNS.date };
    case 'date, written YYYY-MM-DD, or YYYY-MM when only the month is known':
      return { widget: 'string', pattern: PATTERNS.dateOrMonth };
    case 'time on the 24-hour clock, HH:MM, in quotes':
      return { widget: 'string', pattern: PATTERNS.time };
    case 'an id of lower-case letters, digits and hyphens': {
      const relation = RELATIONS[key];
      if (relation && docs.collections.has(relation.collection)) return relationTo(relation);
      return { widget: 'string', pattern: PATTERNS.id };
    }
    case 'web address starting https://':
      return { widget: 'string', pattern: PATTERNS.url };
    case 'financial year, written YYYY/YY in quotes':
      return { widget: 'string', pattern: PATTERNS.financialYear };
    case 'pounds, a plain number':
      return { widget: 'number', value_type: 'float', min: 0 };
    case QUALIFIED[0]:
    case QUALIFIED[1]:
      // The figure, and how the papers qualify it, if they do; with no qualifier the file gets the number.
      return {
        widget: 'object',
        [SHORTHAND]: 'value',
        fields: (children ?? []).map((child) =>
          child.key === 'qualifier'
            ? {
                name: child.key,
                label: 'Qualifier (optional)',
                widget: 'select',
                required: false,
                options: optionsOf(unwrap(child.schema).core).map((o) => ({
                  ...o,
                  label: QUALIFIER_LABELS[o.value] ?? o.label,
                })),
                hint: `${child.doc?.text ?? ''} Leave empty when the papers give the exact figure.`.trim(),
              }
            : fieldsOf([child], docs, { optional })[0],
        ),
        summary: '{{fields.value}}',
      };
    case 'text':
      return { widget: PROSE.test(key) ? 'text' : 'string' };
    case PERSON:
      // Files may hold a plain name; the editor reads and writes it as { name, role } (see ./format.ts).
      return {
        widget: 'object',
        [SHORTHAND]: 'name',
        fields: fieldsOf(children ?? [], docs, { optional }),
        summary: '{{fields.name}}',
      };
    default:
      break;
  }
  const def = defOf(core);
  switch (def.type) {
    case 'pipe':
      return widgetFor(def.in as AnySchema, key, children, docs, optional);
    case 'string':
      return { widget: PROSE.test(key) ? 'text' : 'string' };
    case 'number':
      return { widget: 'number', value_type: def.format === 'safeint' ? 'int' : 'float' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: optionsOf(core) };
    case 'literal':
      return { widget: 'hidden', default: (def.values as unknown[])[0] };
    case 'object':
      return { widget: 'object', fields: fieldsOf(children ?? [], docs, { optional }) };
    case 'array': {
      const element = unwrap(def.element as AnySchema).core;
      if (defOf(element).type === 'enum') return { widget: 'select', multiple: true, options: optionsOf(element) };
      if (key === 'themes' && docs.themes.length > 0)
        return { widget: 'select', multiple: true, options: docs.themes.map((t) => ({ label: t.label, value: t.id })) };
      const related = RELATION_LISTS[key];
      if (related && docs.collections.has(related.collection)) return { ...relationTo(related), multiple: true };
      // Each item of a list is added on purpose, so its required fields are required.
      if (children)
        return {
          widget: 'list',
          ...(unwrap(def.element as AnySchema).format === PERSON ? { [SHORTHAND]: 'name' } : {}),
          label_singular: itemNameOf(key),
          fields: fieldsOf(children, docs),
          ...listSummary(children),
        };
      const item = widgetFor(def.element as AnySchema, key, undefined, docs);
      return { widget: 'list', label_singular: itemNameOf(key), field: { name: key, label: labelOf(key), ...item } };
    }
    case 'union': {
      // The first form the schema accepts: a date written as text rather than read as a date.
      const options = def.options as AnySchema[];
      const written = options.find((o) => defOf(o).type === 'string') ?? options[0];
      return widgetFor(written, key, children, docs, optional);
    }
    default:
      throw new Error(
        `The editor has no widget for "${key}" (a ${def.type}): add one in src/lib/editor/config.ts so that it can be edited in the browser.`,
      );
  }
}

/** What one item of a list is called, for its "Add …" button. */
const ITEM_NAMES: Record<string, string> = { agenda: 'agenda item', attendance: 'group of attendees' };

/**
 * @example itemNameOf('actionUpdates') // => "action update"
 */
export function itemNameOf(key: string): string {
  const name = ITEM_NAMES[key] ?? labelOf(key).toLowerCase();
  return name.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
}

/** What a collapsed item of a list shows: its title, name or text. */
function listSummary(children: SchemaField[]): { summary?: string } {
  const label = ['title', 'name', 'text', 'question', 'note', 'date'].find((key) =>
    children.some((c) => c.key === key),
  );
  return label ? { summary: `{{fields.${label}}}` } : {};
}

interface Context {
  collections: Set<string>;
  themes: EditorOptions['themes'];
  /** For each field path that can be withheld, the fields that stay public. */
  publicWhenWithheld: Map<string, string[]>;
}

/** How an author is told what choosing a visibility does, read by the editor's visibility widget. */
function visibilityField(field: SchemaField, context: Context): Partial<EditorField> {
  const path = field.path.slice(0, field.path.length - field.key.length);
  return {
    widget: 'visibility',
    options: VISIBILITY.values.map((value) => ({ label: VISIBILITY.labels[value], value })),
    // In the words of the form's labels: "title, date and the reason are published".
    public_when_withheld: (context.publicWhenWithheld.get(path) ?? ['title']).map((key) => labelOf(key).toLowerCase()),
  };
}

/**
 * The value a new entry starts with. A list starts empty: Decap would
 * otherwise start it with one item made of its fields' defaults (an action
 * with no text). In an optional group, defaults are left to the schema, so
 * that an untouched group stays out of the file.
 */
function defaultOf(field: SchemaField, inOptionalGroup: boolean): Record<string, unknown> {
  // A list the schema leaves undefined when absent ("not published here") starts absent, and an empty
  // one the author leaves is written, since it says something else ("nothing declared").
  // (Only registers, lists of groups: an empty list of exempt paragraphs means nothing.)
  if (isList(field.schema) && field.children && field.defaultValue === undefined && !field.required)
    return { [KEEP_EMPTY]: true };
  if (isList(field.schema)) return { default: field.defaultValue ?? [] };
  if (inOptionalGroup || field.defaultValue === undefined) return {};
  return { default: field.defaultValue };
}

/**
 * The widgets for a group of fields. Decap checks the required fields of a
 * group even when the group itself is optional and left empty (an exempt part
 * of a decision that has none), so inside an optional group they are marked
 * as needed once the group is filled in, and the content check holds the line.
 */
function fieldsOf(
  fields: readonly SchemaField[],
  context: Context,
  { topLevel = false, optional = false } = {},
): EditorField[] {
  return fields.map((field): EditorField => {
    const neededInGroup = optional && field.required;
    const hint = [neededInGroup ? 'Needed when this group is filled in.' : '', field.doc?.text ?? '']
      .filter(Boolean)
      .join(' ');
    const base = {
      name: topLevel ? editorNameOf(field.key) : field.key,
      label: labelOf(field.key),
      required: field.required && !optional,
      ...(hint ? { hint } : {}),
      ...defaultOf(field, optional),
    };
    if (field.key === 'visibility') return { ...base, widget: 'visibility', ...visibilityField(field, context) };
    if (field.key === 'withheldReason') return { ...base, widget: 'withheld-reason' };
    return { ...base, ...widgetFor(field.schema, field.key, field.children, context, !base.required) };
  });
}

/** How a new file is named: the same pattern as the files already there. */
function slugOf(fields: readonly SchemaField[]): { slug: string; identifier_field: string } {
  const has = (key: string) => fields.some((f) => f.key === key && f.required);
  if (has('body') && has('date') && !has('title'))
    return { slug: `{{fields.${editorNameOf('body')}}}-{{fields.date}}`, identifier_field: 'date' };
  const identifier = ['title', 'name'].find(has) ?? fields.find((f) => f.required)?.key ?? 'title';
  return { slug: has('date') ? `{{fields.date}}-{{slug}}` : '{{slug}}', identifier_field: identifier };
}

function collectionConfig(
  name: string,
  collection: CollectionDefinition,
  docs: SchemaDocs,
  names: Set<string>,
  themes: EditorOptions['themes'],
) {
  const fields = collectionFields(collection, docs);
  const publicWhenWithheld = new Map(
    (collection.withholding ?? []).map(({ path, publicFields }) => [path, Object.keys(publicFields)]),
  );
  const pages = collection.extensions.includes('.md');
  const register = collection.registers[0];
  const editorFields = fieldsOf(fields, { collections: names, themes, publicWhenWithheld }, { topLevel: true });
  return {
    name,
    label: register?.label ?? labelOf(name),
    label_singular: collection.entryLabel,
    ...(register ? { description: sentence(register.description) } : {}),
    folder: `content/${collection.folder}`,
    create: true,
    // A published record is corrected or withheld, never deleted from the editor: deleting there would
    // change main without a pull request.
    delete: false,
    ...(pages ? { extension: 'md', format: EDITOR_FORMATS.pages } : { extension: 'yaml', format: EDITOR_FORMATS.data }),
    ...slugOf(fields),
    fields: pages
      ? [
          ...editorFields,
          {
            name: 'body',
            label: 'Text',
            widget: 'markdown',
            required: false,
            hint: 'The page’s text under its facts, in Markdown: headings, paragraphs, lists and links. No scripts or HTML.',
          },
        ]
      : editorFields,
  };
}

/** The whole configuration, as Decap reads it from /admin/config.yml. */
export function editorConfig(options: EditorOptions, docs: SchemaDocs): Record<string, unknown> {
  // Kinds read from spreadsheets (spending) are uploaded as CSV files, not edited in forms.
  const editable = Object.entries(COLLECTIONS).filter(([, c]) => !(c as CollectionDefinition).columns);
  const names = new Set(editable.map(([name]) => name));
  return {
    backend: {
      name: 'github',
      ...(options.repository ? { repo: options.repository } : {}),
      branch: options.branch,
      ...(options.authUrl ? { base_url: options.authUrl } : {}),
      squash_merges: true,
    },
    // Saving opens a pull request (draft → in review → ready), so every change passes the checks and a review.
    publish_mode: 'editorial_workflow',
    // Used only when the editor is opened on this computer with `npx decap-server` running beside it.
    local_backend: true,
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // Papers are linked from the office's website, not uploaded here.
    media_folder: 'public/files',
    public_folder: '/files',
    editor: { preview: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: editable.map(([name, collection]) => collectionConfig(name, collection, docs, names, options.themes)),
  };
}
