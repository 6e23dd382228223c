/**
 * The source text of the schema files, read for their doc comments by
 * src/lib/schema-fields.ts: each kind's `schema.ts` in src/collections, and
 * the field builders they share in src/schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceFile {
  name: string;
  text: string;
}

export function readSchemaSources(): SourceFile[] {
  const kinds = readdirSync('src/collections', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('src/collections', entry.name, 'schema.ts'))
    .filter((name) => existsSync(name));
  const shared = readdirSync('src/schemas')
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join('src/schemas', name));
  return [...kinds, ...shared].map((name) => ({ name, text: readFileSync(name, 'utf8') }));
}
