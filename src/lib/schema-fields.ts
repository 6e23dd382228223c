/**
 * Every field of a kind of record, read from its zod schema at run time
 * (name, whether required, default, the schema itself, nested fields) with
 * its meaning and example from the doc comments in the schema's source file,
 * read with the TypeScript parser. One reading of the schemas for everything
 * generated from them: the content guide (CONTENT.md) and the browser
 * editor's configuration, so that neither can say something the content
 * check does not.
 */
import ts from 'typescript';
import type { z } from 'zod';
import type { CollectionDefinition } from '../collections';
import { readSchemaSources, type SourceFile } from './content/schema-sources';

export interface FieldDoc {
  text: string;
  example?: string | undefined;
}

export type AnySchema = z.core.$ZodType;

export interface SchemaField {
  key: string;
  /** Where it sits in a file, e.g. `agenda[].title`. */
  path: string;
  required: boolean;
  /** The schema's default, when it has one. */
  defaultValue?: unknown;
  doc?: FieldDoc | undefined;
  /** The field's schema as written (optional, default and all). */
  schema: AnySchema;
  /** For a group of fields or a list of groups: their fields. */
  children?: SchemaField[];
}

export interface SchemaDocs {
  objects: Map<string, FieldDoc>[];
  spread: Map<string, FieldDoc>;
  fileOf: WeakMap<Map<string, FieldDoc>, string>;
}

export const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

/** Doc comments of every property of every object literal in the schema files, keyed by object. */
export function readSchemaDocs(files: readonly SourceFile[]): SchemaDocs {
  const objects: Map<string, FieldDoc>[] = [];
  const fileOf = new WeakMap<Map<string, FieldDoc>, string>();
  const spread = new Map<string, FieldDoc>();
  for (const { name, text: sourceText } of files) {
    const source = ts.createSourceFile(name, sourceText, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const docs = new Map<string, FieldDoc>();
        for (const property of node.properties) {
          if (!ts.isPropertyAssignment(property) || !property.name) continue;
          const jsDoc = ts.getJSDocCommentsAndTags(property).find(ts.isJSDoc);
          if (!jsDoc) continue;
          const text = (
            typeof jsDoc.comment === 'string' ? jsDoc.comment : (ts.getTextOfJSDocComment(jsDoc.comment) ?? '')
          )
            .replace(/\s+/g, ' ')
            .trim();
          const exampleTag = jsDoc.tags?.find((t) => t.tagName.text === 'example');
          const example = exampleTag ? ts.getTextOfJSDocComment(exampleTag.comment)?.trim() : undefined;
          docs.set(property.name.getText(source), { text: text.replace(/ ?@default .*$/, ''), example });
        }
        if (docs.size > 0) {
          objects.push(docs);
          fileOf.set(docs, name);
        }
        // Fields spread into many objects (visibilityFields) are documented where they are made.
        if (ts.isReturnStatement(node.parent)) for (const [key, doc] of docs) spread.set(key, doc);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { objects, spread, fileOf };
}

/** Each collection's schema, in its folder. */
export const schemaFile = (folder: string) => `src/collections/${folder}/schema.ts`;

/** The doc comments of every collection's schema and of the field builders they share. */
export const readAllSchemaDocs = (): SchemaDocs => readSchemaDocs(readSchemaSources());

/** The object a schema describes, through optional, default and pipes; or undefined when it is not one. */
export function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape as Record<string, AnySchema>;
  if (def.type === 'pipe') return objectShape(def.in as AnySchema);
  if (def.type === 'optional' || def.type === 'default') return objectShape(def.innerType as AnySchema);
  return undefined;
}

/** The group of fields inside a field, if it holds one: itself, each item of its list, or the object form of a union. */
function nestedObject(schema: AnySchema): AnySchema | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return nestedObject(def.innerType as AnySchema);
    case 'pipe':
      return nestedObject(def.in as AnySchema);
    case 'object':
      return schema;
    case 'array':
      return nestedObject(def.element as AnySchema);
    case 'union':
      return (def.options as AnySchema[]).map(nestedObject).find(Boolean);
    default:
      return undefined;
  }
}

/** Every field of an object schema, with its nested fields, and the doc comment of each. */
export function schemaFields(schema: AnySchema, docs: SchemaDocs, home: string, prefix = ''): SchemaField[] {
  const shape = objectShape(schema) ?? {};
  const keys = Object.keys(shape);
  // The doc comments of this object are those of the source object sharing most of its keys.
  const best = docs.objects.reduce<Map<string, FieldDoc> | undefined>((chosen, candidate) => {
    // On a tie, an object of the collection's own schema file wins: nextMeeting { date, note } is not a change note.
    const score = (d: Map<string, FieldDoc> | undefined) =>
      d ? keys.filter((k) => d.has(k)).length * 2 + (docs.fileOf.get(d) === home ? 1 : 0) : -1;
    return score(candidate) > score(chosen) ? candidate : chosen;
  }, undefined);
  return keys.map((key) => {
    const field = shape[key];
    const def = defOf(field);
    const path = `${prefix}${key}`;
    // Fields added with .extend() live in a small object of their own whose keys all belong here.
    const extended = docs.objects.find((d) => d.has(key) && [...d.keys()].every((k) => keys.includes(k)));
    const object = nestedObject(field);
    const list = isList(field);
    return {
      key,
      path,
      required: def.type !== 'optional' && def.type !== 'default',
      ...(def.type === 'default' ? { defaultValue: def.defaultValue } : {}),
      doc: best?.get(key) ?? extended?.get(key) ?? docs.spread.get(key),
      schema: field,
      ...(object ? { children: schemaFields(object, docs, home, `${path}${list ? '[]' : ''}.`) } : {}),
    };
  });
}

/** Whether a field holds a list. */
export function isList(schema: AnySchema): boolean {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')
    return isList(def.innerType as AnySchema);
  if (def.type === 'pipe') return isList(def.in as AnySchema);
  return def.type === 'array';
}

/** The fields of one kind of record. */
export function collectionFields(collection: CollectionDefinition, docs: SchemaDocs): SchemaField[] {
  return schemaFields(collection.schema, docs, schemaFile(collection.folder));
}
