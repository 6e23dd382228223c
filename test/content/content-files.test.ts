/**
 * Every real content file parses against its collection's schema. Runs
 * without Astro, so authors get every problem at once with file and field.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/config/paths';
import { readContentFolder } from '../../src/lib/content-files';
import { formatIssues } from '../../src/lib/friendly-errors';
import { COLLECTIONS } from '../../src/schemas';

describe.each(Object.entries(COLLECTIONS))('content/%s', (_name, collection) => {
  const files = readContentFolder(join(contentDir, collection.folder), collection.extensions);

  it('has at least one entry', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s matches the schema', (_path, file) => {
    const result = collection.schema.safeParse(file.data);
    const problems = result.success ? '' : formatIssues(result.error.issues, file.path);
    expect(problems).toBe('');
  });
});
