// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // The bench's bare baseline is a separate Astro project with its own generated types.
    ignores: ['dist/', '**/.astro/', 'node_modules/', 'bench/out/', 'test/.tmp/', 'scripts/bench/bare/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs.recommended,
  {
    // .astro files and plain JS config files are not part of the TypeScript
    // project service; lint them without type information.
    files: ['**/*.astro', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.astro/*.ts', '*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Content schemas must reject unknown keys: a loose object would silently drop a misspelt
    // "visiblity: exempt" and publish the record. Use z.strictObject.
    files: ['src/schemas/**/*.ts', 'src/collections/*/schema.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(object|looseObject|passthrough|catchall)$/]',
          message: 'Content schemas must be strict: use z.strictObject so that a misspelt field is an error.',
        },
      ],
    },
  },
  {
    // Arrows point one way: pages and components use lib, lib uses schemas, and both use the pure
    // rules in src/domain. A schema reaching up into lib (or a page) ties content validation to
    // the site's rendering code, and is how import cycles start.
    files: ['src/schemas/**/*.ts', 'src/collections/*/schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(lib|components|pages|layouts)(/|$)',
              message: 'Schemas may not import from lib, components or pages: move the rule they need into src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain layer is pure rules (dates, the 56-day duty, how a value is described in an error):
    // it imports packages and its own modules only, so everything else can build on it.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'src/domain imports nothing else from the project: pass what it needs in as a parameter.',
            },
            { regex: '^astro(:|/|$)', message: 'src/domain does not depend on Astro: keep it pure.' },
          ],
        },
      ],
    },
  },
  // Last, so that formatting is Prettier's business alone.
  prettier,
);
