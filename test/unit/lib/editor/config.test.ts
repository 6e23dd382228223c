/**
 * The browser editor's forms must agree with the content check: every field
 * the schema has, with the same name, whether it is required, and the same
 * allowed values, and nothing the schema does not have. The oracle is zod's
 * own JSON Schema of each kind (z.toJSONSchema), not the generator's walk of
 * the schemas, so a mistake in the generator cannot hide itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS } from '../../../../src/collections';
import type { CollectionDefinition } from '../../../../src/collections/definition';
import { editorConfigFile } from '../../../../src/integrations/editor';
import { editorConfig, type EditorField, itemNameOf, labelOf, PATTERNS } from '../../../../src/lib/editor/config';
import { financialYear, isoDate, isoDateOrMonth, slug, timeOfDay, url } from '../../../../src/schemas/fields';
import {
  asGroups,
  editorNameOf,
  fromMarkdownFile,
  fromYamlFile,
  shorthandsOf,
} from '../../../../src/lib/editor/format';
import { readAllSchemaDocs } from '../../../../src/lib/schema-fields';
import { ID_PATTERN } from '../../../../src/lib/content/ids';

const THEMES = [
  { id: 'victims', label: 'Supporting victims and witnesses' },
  { id: 'finance', label: 'Finance' },
];
const config = editorConfig(
  { repository: 'office/portal', branch: 'main', siteUrl: 'https://portal.example', themes: THEMES },
  readAllSchemaDocs(),
) as { collections: { name: string; folder: string; fields: EditorField[] }[]; [key: string]: unknown };

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  pattern?: string;
}

const editable = Object.entries(COLLECTIONS).filter(([, c]) => !(c as CollectionDefinition).columns);

/** The group of fields a JSON Schema property holds (itself, its items, or an object form), if any. */
function objectOf(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  if (schema.items) return objectOf(schema.items);
  return schema.anyOf?.map(objectOf).find(Boolean);
}

/**
 * Every disagreement between a JSON Schema object and the editor's fields for it, as readable lines.
 * `relaxed`: inside an optional group, where the editor marks required fields as needed rather than required.
 */
function disagreements(
  schema: JsonSchema,
  fields: readonly EditorField[],
  path: string,
  top: boolean,
  relaxed = false,
): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  const names = (key: string) => (top ? editorNameOf(key) : key);
  for (const [key, property] of Object.entries(properties)) {
    const field = fields.find((f) => f.name === names(key));
    const where = `${path}${key}`;
    if (!field) {
      problems.push(`${where}: in the schema, not in the editor`);
      continue;
    }
    const required = (schema.required ?? []).includes(key);
    if (field.required !== (required && !relaxed))
      problems.push(`${where}: required ${required}, editor ${field.required}`);
    const values = property.enum ?? property.items?.enum;
    if (values) {
      const offered = (field.options ?? []).map((o) => o.value);
      if (JSON.stringify(offered) !== JSON.stringify(values))
        problems.push(`${where}: allows ${values.join(', ')}; editor offers ${offered.join(', ')}`);
    }
    const group = objectOf(property);
    const nested = field.fields ?? field.field?.fields;
    // A person (a name, or { name, role }) is edited in its { name, role } form.
    if (group && nested) {
      const list = property.type === 'array' || property.items !== undefined;
      problems.push(
        ...disagreements(
          group,
          nested,
          `${where}${list ? '[]' : ''}.`,
          false,
          list ? false : relaxed || !field.required,
        ),
      );
    }
  }
  for (const field of fields) {
    const known = Object.keys(properties).map(names);
    if (!known.includes(field.name) && !(top && field.name === 'body' && field.widget === 'markdown'))
      problems.push(`${path}${field.name}: in the editor, not in the schema`);
  }
  return problems;
}

describe('the editor configuration', () => {
  it('has a collection for every kind of record written in files, in its folder, and none for spreadsheets', () => {
    expect(config.collections.map((c) => c.name)).toEqual(editable.map(([name]) => name));
    for (const [name, collection] of editable)
      expect(config.collections.find((c) => c.name === name)?.folder).toBe(`content/${collection.folder}`);
    expect(config.collections.map((c) => c.name)).not.toContain('spending');
  });

  it.each(editable)('%s: the same fields, requirements and allowed values as the schema', (name, collection) => {
    const schema = z.toJSONSchema(collection.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const fields = config.collections.find((c) => c.name === name)?.fields ?? [];
    expect(disagreements(schema, fields, '', true)).toEqual([]);
    expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(3);
  });

  it('explains every field with the meaning from its schema', () => {
    const unexplained = config.collections.flatMap((c) => {
      const walk = (fields: readonly EditorField[], path: string): string[] =>
        fields.flatMap((f) => [
          ...(f.hint ? [] : [`${c.name}: ${path}${f.name}`]),
          ...walk(f.fields ?? [], `${path}${f.name}.`),
        ]);
      return walk(c.fields, '');
    });
    expect(unexplained).toEqual([]);
  });

  it('saves each change as a pull request, through the editorial workflow', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    // Deleting a published record from the editor would change main without a pull request.
    expect(config.collections.filter((c) => (c as { delete?: boolean }).delete !== false)).toEqual([]);
    expect(config.backend).toMatchObject({ name: 'github', repo: 'office/portal', branch: 'main' });
  });

  it('offers labelled choices: decision makers by their names, themes from the site config, bodies by name', () => {
    const decisions = config.collections.find((c) => c.name === 'decisions')?.fields ?? [];
    expect(decisions.find((f) => f.name === 'maker')?.options).toContainEqual({
      label: 'Police and Crime Commissioner',
      value: 'pcc',
    });
    expect(decisions.find((f) => f.name === 'themes')?.options).toEqual([
      { label: 'Supporting victims and witnesses', value: 'victims' },
      { label: 'Finance', value: 'finance' },
    ]);
    expect(decisions.find((f) => f.name === 'bodyId')).toMatchObject({ widget: 'relation', collection: 'bodies' });
  });

  it('asks for the reason for withholding with the widget that makes it required, at every level that can be withheld', () => {
    const meetings = config.collections.find((c) => c.name === 'meetings')?.fields ?? [];
    const agenda = meetings.find((f) => f.name === 'agenda')?.fields ?? [];
    for (const fields of [meetings, agenda]) {
      expect(fields.find((f) => f.name === 'visibility')?.widget).toBe('visibility');
      expect(fields.find((f) => f.name === 'withheldReason')?.widget).toBe('withheld-reason');
    }
    // What stays public when an agenda item is withheld comes from the meeting kind's own list.
    expect(agenda.find((f) => f.name === 'visibility')?.public_when_withheld).toContain('title');
  });

  it('leaves a register the schema tells apart when absent ("not published here") out of a new entry, and keeps it when emptied', () => {
    const holders = config.collections.find((c) => c.name === 'office-holders')?.fields ?? [];
    const interests = holders.find((f) => f.name === 'interests');
    expect(interests).toMatchObject({ widget: 'list', portal_keep_empty: true });
    expect(interests?.default).toBeUndefined();
  });

  it('starts every list empty, so a new meeting has no half-made agenda item or action', () => {
    const meetings = config.collections.find((c) => c.name === 'meetings')?.fields ?? [];
    for (const list of meetings.filter((f) => f.widget === 'list')) expect(list.default, list.name).toEqual([]);
  });

  it('checks ids with a pattern that accepts exactly what the content check accepts', () => {
    const meetings = config.collections.find((c) => c.name === 'meetings')?.fields ?? [];
    const actionId = meetings.find((f) => f.name === 'actions')?.fields?.find((f) => f.name === 'id');
    const editorPattern = new RegExp(actionId?.pattern?.[0] ?? 'missing');
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9A-Z -]{0,12}$/), (id) => {
        expect(editorPattern.test(id)).toBe(ID_PATTERN.test(id));
      }),
      { numRuns: 500 },
    );
  });

  it('names things as people say them', () => {
    expect(labelOf('fundingSource')).toBe('Funding source');
    expect(itemNameOf('agenda')).toBe('agenda item');
    expect(itemNameOf('actions')).toBe('action');
    expect(itemNameOf('actionUpdates')).toBe('action update');
    expect(itemNameOf('awards')).toBe('award');
    expect(itemNameOf('exemptParagraphs')).toBe('exempt paragraph');
  });
});

describe('the published editor configuration', () => {
  it('is the one the schemas give today (a stale dist/ would fail here: rebuild)', () => {
    expect(readFileSync('dist/admin/config.yml', 'utf8')).toBe(editorConfigFile());
  });

  it('is valid YAML with the collections', () => {
    const published = parse(readFileSync('dist/admin/config.yml', 'utf8')) as { collections: unknown[] };
    expect(published.collections.length).toBe(editable.length);
  });
});

describe('the editor’s patterns', () => {
  const checks: [keyof typeof PATTERNS, z.ZodType, fc.Arbitrary<string>][] = [
    ['date', isoDate(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))],
    ['dateOrMonth', isoDateOrMonth(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7))],
    [
      'time',
      timeOfDay(),
      fc.tuple(fc.nat(25), fc.nat(61)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    ],
    ['id', slug(), fc.stringMatching(/^[a-z0-9-]{1,12}$/)],
    [
      'url',
      url(),
      fc.oneof(
        fc.webUrl(),
        fc.webUrl().map((u) => u.toUpperCase()),
        fc.constant('http://www.leicester.public-i.tv/core/portal/webcasts'),
      ),
    ],
    [
      'financialYear',
      financialYear(),
      fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.nat(99)).map(([y, n]) => `${y}/${String(n).padStart(2, '0')}`),
    ],
  ];

  it.each(checks)('%s: lets through everything the content check accepts', (name, check, values) => {
    const pattern = new RegExp(PATTERNS[name][0]);
    fc.assert(
      fc.property(fc.oneof(values, fc.string()), (value) => {
        if (check.safeParse(value).success) expect(pattern.test(value), value).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts the plain http addresses the papers give, as the check does', () => {
    expect(new RegExp(PATTERNS.url[0]).test('http://www.leicester.public-i.tv/core/portal/webcasts')).toBe(true);
    expect(new RegExp(PATTERNS.url[0]).test('www.example.org')).toBe(false);
  });
});

describe('every published file, opened in the editor', () => {
  // The configuration this site publishes, with its own themes.
  const site = parse(editorConfigFile()) as {
    collections: { name: string; folder: string; extension: string; fields: EditorField[] }[];
  };
  const shorthands = shorthandsOf(site);

  /** Where a value has a shape its form's widget cannot show (a group given as text, text as a number…). */
  function misfits(value: unknown, field: EditorField, where: string): string[] {
    if (value === undefined || value === null) return [];
    const isGroup = typeof value === 'object' && !Array.isArray(value);
    switch (field.widget) {
      case 'list':
        if (!Array.isArray(value)) return [`${where}: a list in the form`];
        return value.flatMap((item, i) =>
          field.fields
            ? typeof item === 'object' && item !== null
              ? field.fields.flatMap((f) =>
                  misfits((item as Record<string, unknown>)[f.name], f, `${where}[${i}].${f.name}`),
                )
              : [`${where}[${i}]: a group in the form`]
            : field.field
              ? misfits(item, field.field, `${where}[${i}]`)
              : [],
        );
      case 'object':
        if (!isGroup) return [`${where}: a group in the form`];
        return [
          ...(field.fields ?? []).flatMap((f) =>
            misfits((value as Record<string, unknown>)[f.name], f, `${where}.${f.name}`),
          ),
          ...Object.keys(value)
            .filter((k) => !(field.fields ?? []).some((f) => f.name === k))
            .map((k) => `${where}.${k}: not in the form`),
        ];
      case 'number':
        return typeof value === 'number' ? [] : [`${where}: a number in the form`];
      case 'select':
      case 'visibility': {
        const values = Array.isArray(value) ? value : [value];
        return values
          .filter((v) => !(field.options ?? []).some((o) => o.value === v))
          .map((v) => `${where}: ${String(v)} is not offered`);
      }
      case 'relation':
        return field.multiple === true
          ? Array.isArray(value) && value.every((v) => typeof v === 'string')
            ? []
            : [`${where}: a list of choices in the form`]
          : typeof value === 'string'
            ? []
            : [`${where}: one choice in the form`];
      default:
        return isGroup || Array.isArray(value) ? [`${where}: text in the form`] : [];
    }
  }

  it.each(site.collections.map((c) => [c.name, c] as const))('%s: every value fits its field', (_name, collection) => {
    const { folder, extension, fields } = collection;
    // A kind with nothing published yet (staff, policies) has no folder.
    const files = existsSync(folder)
      ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(`.${extension}`))
      : [];
    const problems = files.flatMap((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const data = asGroups(extension === 'md' ? fromMarkdownFile(text) : fromYamlFile(text), shorthands);
      return [
        ...fields.flatMap((f) => misfits(data[f.name], f, `${file}: ${f.name}`)),
        ...Object.keys(data)
          .filter((k) => !fields.some((f) => f.name === k))
          .map((k) => `${file}: ${k} is not in the form`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('would catch a figure the form cannot show', () => {
    const grants = site.collections.find((c) => c.name === 'grant-rounds')?.fields ?? [];
    const received = grants.find((f) => f.name === 'applicationsReceived');
    expect(received).toMatchObject({ widget: 'object', portal_shorthand: 'value' });
    expect(misfits('over 100', received!, 'applicationsReceived')).toEqual([
      'applicationsReceived: a group in the form',
    ]);
  });
});

describe('fields shared by path across kinds', () => {
  it('mean the same in every kind that has them, since the editor’s format cannot tell kinds apart', () => {
    // Decap gives a format the data only, so shorthands, kept-empty lists and item names are found by path.
    const marks = new Map<string, Set<string>>();
    const walk = (fields: readonly EditorField[], prefix: string) => {
      for (const field of fields) {
        const path = `${prefix}${field.name}`;
        const mark = JSON.stringify([field.portal_shorthand, field.portal_keep_empty, field.label_singular]);
        marks.set(path, (marks.get(path) ?? new Set()).add(mark));
        walk(field.fields ?? [], `${path}.`);
      }
    };
    for (const collection of config.collections) walk(collection.fields, '');
    expect([...marks].filter(([, set]) => set.size > 1).map(([path]) => path)).toEqual([]);
  });
});
