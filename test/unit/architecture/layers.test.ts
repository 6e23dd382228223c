/**
 * src/lib is split by layer, and ESLint keeps each layer's imports pointing
 * down (eslint.config.mjs). These tests run the project's own ESLint settings
 * on small probe modules placed, by name, in each layer, so that a setting
 * that is dropped or shadowed by a later one fails here and not in review.
 */
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The no-restricted-imports messages the project's settings give `code` placed at `file`. */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
  const setting = config.rules?.['no-restricted-imports'];
  if (!setting) return [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'no-restricted-imports': setting } }],
    file,
  );
  return messages.map((m) => m.message);
}

const READS_DISK = "import { readFileSync } from 'node:fs';\n";
const RUNS_GIT = "import { execFileSync } from 'node:child_process';\n";

describe('the disk and git', () => {
  it.each(['src/lib/content/probe.ts', 'src/integrations/probe.ts'])('may be used in %s', async (file) => {
    expect(await restrictedImports(file, READS_DISK + RUNS_GIT)).toEqual([]);
  });

  it.each([
    'src/lib/rules/probe.ts',
    'src/lib/checks/probe.ts',
    'src/lib/views/charts/probe.ts',
    'src/lib/search/probe.ts',
    'src/lib/syndication/probe.ts',
    'src/components/meetings/probe.ts',
    'src/pages/probe.ts',
    'src/domain/probe.ts',
    'src/collections/meetings/schema.ts',
  ])('may not be used in %s', async (file) => {
    const messages = await restrictedImports(file, READS_DISK + RUNS_GIT);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('Only src/lib/content reads the disk');
  });
});

describe('the layers of src/lib', () => {
  // Each layer and a module in a layer it must not import.
  const upward: [string, string][] = [
    ['rules', '../content'],
    ['rules', '../views/table-filter'],
    ['content', '../checks'],
    ['content', '../syndication/open-data'],
    ['checks', '../search/records'],
    ['views', '../syndication/feeds'],
    ['search', '../syndication/feeds'],
    ['syndication', '../search/records'],
    ['syndication', '../checks'],
  ];
  it.each(upward)('%s may not import %s', async (layer, specifier) => {
    const messages = await restrictedImports(`src/lib/${layer}/probe.ts`, `import { x } from '${specifier}';\n`);
    expect(messages).toEqual([expect.stringContaining(`src/lib/${layer} sits below`)]);
  });

  const downward: [string, string][] = [
    ['content', '../rules/actions'],
    ['checks', '../content/files'],
    ['views', '../content'],
    ['search', '../rules/format'],
    ['syndication', '../views/standard-kinds'],
  ];
  it.each(downward)('%s may import %s', async (layer, specifier) => {
    expect(await restrictedImports(`src/lib/${layer}/probe.ts`, `import { x } from '${specifier}';\n`)).toEqual([]);
  });

  it('keeps the rules free of the content store', async () => {
    const messages = await restrictedImports(
      'src/lib/rules/probe.ts',
      "import { getCollection } from 'astro:content';\n",
    );
    expect(messages).toEqual([expect.stringContaining('src/lib/rules is pure')]);
  });
});
