/**
 * Generates the content guide (CONTENT.md) from the schemas themselves: field
 * names, whether required, types, allowed values and defaults from the zod
 * schemas at run time, and meanings and examples from their doc comments
 * (both read by src/lib/schema-fields.ts, as the browser editor's
 * configuration is). The guide cannot drift from the code: a test
 * regenerates it and fails when it differs.
 */
import { globalRegistry } from 'zod';
import { COLLECTIONS, type CollectionDefinition } from '../../src/collections';
import type { TableColumn } from '../../src/collections/definition';
import {
  type AnySchema,
  collectionFields,
  defOf,
  type FieldDoc,
  readAllSchemaDocs,
  type SchemaField,
} from '../../src/lib/schema-fields';
import type { EnumLabelsMeta } from '../../src/schemas/fields';

interface Row {
  path: string;
  required: boolean;
  type: string;
  defaultValue?: string | undefined;
  doc?: FieldDoc | undefined;
}

/**
 * An enum's values for the guide: each with the words pages show for it, and
 * what it means, when the enum was made with labelledEnum.
 *
 * @example enumValues(['held'], { labels: { held: 'Held' }, definitions: { held: 'It met.' } })
 * // => 'held ("Held": It met.)'
 */
export function enumValues(values: readonly string[], meta: Partial<EnumLabelsMeta> | undefined): string {
  const { labels, definitions } = meta ?? {};
  if (!labels) return values.join(', ');
  return values
    .map((value) => {
      const meaning = definitions?.[value];
      return `${value} ("${labels[value]}"${meaning ? `: ${meaning}` : ''})`;
    })
    .join(', ');
}

/** A readable type for a schema, and whether it is an object or list of objects to describe in turn. */
function typeOf(schema: AnySchema): { type: string; object?: AnySchema; list?: boolean } {
  const meta = globalRegistry.get(schema) as ({ format?: string } & Partial<EnumLabelsMeta>) | undefined;
  if (meta?.format) return { type: meta.format };
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return typeOf(def.innerType as AnySchema);
    case 'pipe':
      return typeOf(def.in as AnySchema);
    case 'enum':
      return { type: `one of: ${enumValues(Object.values(def.entries as Record<string, string>), meta)}` };
    case 'literal':
      return { type: `exactly ${JSON.stringify((def.values as unknown[])[0])}` };
    case 'string':
      return { type: 'text' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'true or false' };
    case 'date':
      return { type: 'date' };
    case 'object':
      return { type: 'group of fields (below)', object: schema };
    case 'array': {
      const element = typeOf(def.element as AnySchema);
      return {
        type: `list of ${element.object ? 'items (fields below)' : element.type}`,
        object: element.object,
        list: true,
      };
    }
    case 'union': {
      const options = (def.options as AnySchema[]).map(typeOf);
      const object = options.find((o) => o.object)?.object;
      return { type: options.map((o) => o.type).join(', or '), object };
    }
    default:
      return { type: def.type };
  }
}

/** Every field, depth first, as the guide's rows: a group of fields written in a shorthand (a person) is one row. */
function describeFields(fields: readonly SchemaField[]): Row[] {
  return fields.flatMap((field) => {
    const { type, object } = typeOf(field.schema);
    const defaultValue = field.defaultValue === undefined ? undefined : JSON.stringify(field.defaultValue);
    const row: Row = { path: field.path, required: field.required, type, defaultValue, doc: field.doc };
    return [row, ...(object && field.children ? describeFields(field.children) : [])];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** For each thing that can be withheld in a collection, the fields that stay public and why. */
function withheldSection(collection: CollectionDefinition): string[] {
  if (!collection.withholding) return [];
  const lines = ['', '### What stays public when something here is withheld', ''];
  for (const { what, path, publicFields } of collection.withholding) {
    lines.push(
      `When ${what} is withheld, the public sees only these fields, with \`${path}visibility\`, \`${path}withheldReason\` and \`${path}exemptParagraphs\`; every other field${path === '' ? ' and the text' : ''} is left out of every page, search result, feed, calendar and data file.`,
      '',
      '| Field | Why it stays public |',
      '| --- | --- |',
      ...Object.entries(publicFields).map(([field, why]) => `| \`${path}${field}\` | ${cell(why)} |`),
      '',
    );
  }
  return lines.slice(0, -1);
}

/** How to write the notes that tell readers what changed (`changeNotes`, or a `Change-note:` commit trailer). */
const CHANGE_NOTES_SECTION = [
  '## Telling readers what changed',
  '',
  'Each page says when it was first published and, at the bottom, lists its history: the notes written for readers,',
  'newest first, and only the date of a change without a note. Commit messages are never shown. When you correct or',
  'update a published page in a way readers should know about, say what changed in plain words, either in the file:',
  '',
  '```yaml',
  'changeNotes:',
  '  - date: 2024-03-01',
  '    note: Corrected the amount of the award.',
  '```',
  '',
  'or in a `Change-note:` line in the last paragraph of the commit message (a git trailer; `git commit --trailer',
  '"Change-note: Corrected the amount of the award."` adds one). If pull requests are squashed, keep the line in the',
  'last paragraph of the squashed message.',
  '',
  '```text',
  'Fix the total of a grant award',
  '',
  'Change-note: Corrected the amount of the award.',
  '```',
  '',
  '"Last updated" at the top of a page is the date of its latest note; a change without one (a typo, a new link) is',
  'listed by its date only. A note in a commit shows on every page whose file the commit changes, so commit one',
  'correction at a time. Notes are plain text. A withheld record shows dates only, never notes, since a note could',
  'repeat what is withheld. A site built from a shallow clone of the repository lists only the changes in that clone.',
];

/** A kind read from CSV files: its columns, as a finance team exports them. */
function tableKindSection(name: string, collection: CollectionDefinition, columns: readonly TableColumn[]): string {
  return [
    `## ${name}`,
    '',
    `Folder \`content/${collection.folder}/\`, one .csv file per month, named for it (\`2024-04.csv\`), as a spreadsheet or finance system saves it ("CSV UTF-8"): a header row, then one row per item, each in the month the file is named for. Headers are matched ignoring case, spaces and punctuation; a column not listed here is an error, so a misspelt one can never publish what it holds.`,
    '',
    '| Column | Required | Also accepted | What it holds |',
    '| --- | --- | --- | --- |',
    ...columns.map(
      (c) =>
        `| \`${c.header}\` | ${c.required ? 'yes' : 'no'} | ${c.aliases.map((a) => `\`${cell(a)}\``).join(', ')} | ${cell(c.description)} |`,
    ),
  ].join('\n');
}

/** The whole guide as Markdown. */
export function generateContentGuide(): string {
  const docs = readAllSchemaDocs();
  const sections = Object.entries(COLLECTIONS).map(([name, collection]) => {
    const definition: CollectionDefinition = collection;
    if (definition.columns) return tableKindSection(name, definition, definition.columns);
    const rows = describeFields(collectionFields(definition, docs));
    const table = [
      '| Field | Required | Type and allowed values | Default | What it means |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| \`${r.path}\` | ${r.required ? 'yes' : 'no'} | ${cell(r.type)} | ${r.defaultValue ? `\`${cell(r.defaultValue)}\`` : ''} | ${cell(r.doc?.text ?? '')}${r.doc?.example ? ` Example: \`${cell(r.doc.example)}\`` : ''} |`,
      ),
    ];
    const files = collection.extensions.join(' or ');
    return [
      `## ${name}`,
      '',
      `Folder \`content/${collection.folder}/\`, one ${files} file per entry, in the folder or any subfolder; the file name is the entry's id and address.`,
      '',
      ...table,
      ...withheldSection(collection),
    ].join('\n');
  });
  return [
    '# Content guide',
    '',
    '<!-- Generated from the schemas in src/collections by `npm run guide`. Do not edit by hand: a test fails when it is out of date. -->',
    '',
    'Every field of every kind of content, what it means, whether it is required, the values it accepts and its default.',
    'Dates are written YYYY-MM-DD. Anything whose `visibility` is not `official` needs a `withheldReason` and is',
    'published as the few fields listed under "What stays public" and that reason only. A field not listed here is an',
    'error, so a misspelt `visibility` can never publish withheld text. An allowed value followed by words in quotes',
    'is shown on pages in those words, and then, where it needs saying, what the value means. Run `npm run check`',
    'after editing; `npm run new -- <kind>` starts a new file.',
    '',
    ...CHANGE_NOTES_SECTION,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
}
