// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DISK_MODULES = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'];
const DISK_MESSAGE = 'Only src/lib/content reads the disk or runs git: add what you need there and import it.';
const DISK_PATHS = DISK_MODULES.map((name) => ({ name, message: DISK_MESSAGE }));

/**
 * One layer of src/lib: it may not import the layers named in `above`, nor read the disk unless it is
 * the content layer. ESLint keeps one no-restricted-imports setting per file, so both go in one rule.
 *
 * @param {string} name
 * @param {string[]} above
 * @returns {import('typescript-eslint').ConfigWithExtends[]}
 */
function layer(name, above) {
  const upward = {
    regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
    message: `src/lib/${name} sits below ${above.map((a) => `src/lib/${a}`).join(', ')}: move what both need down into src/lib/rules, or pass it in.`,
  };
  const disk = name === 'content' ? [] : DISK_PATHS;
  const pure =
    name === 'rules'
      ? [{ regex: '^astro:content$', message: 'src/lib/rules is pure: take entries as parameters.' }]
      : [];
  return [
    {
      files: [`src/lib/${name}/**/*.ts`],
      rules: {
        'no-restricted-imports': /** @type {const} */ (['error', { paths: disk, patterns: [upward, ...pure] }]),
      },
    },
  ];
}

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
    // Reading content goes through src/lib/content, so that there is one place where files are
    // read, withheld records are dropped and problems are reported with their line. (ESLint keeps
    // one no-restricted-imports setting per file, the last that matches: so this comes first, and
    // the narrower settings below repeat the disk modules.)
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: ['src/lib/content/**', 'src/integrations/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: DISK_PATHS }],
    },
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
          paths: DISK_PATHS,
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
          paths: DISK_PATHS,
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
  // src/lib is split by layer, and each layer imports only the layers below it:
  //   rules        pure rules over validated records (money, periods, actions' state, metric changes)
  //   content      the one query module, content files, git history, the site config: the only
  //                layer that reads the disk or runs git
  //   checks       one file per content check and the orchestrator that runs them (index.ts)
  //   views        what a page shows, worked out from content: rows, filters, counts, charts
  //   search       search records, the index and the search page's state
  //   syndication  feeds, calendars, structured data and open data downloads
  // src/integrations (which write the build's output) and scripts/ sit above them all.
  ...layer('rules', ['content', 'checks', 'views', 'search', 'syndication']),
  ...layer('content', ['checks', 'views', 'search', 'syndication']),
  ...layer('checks', ['views', 'search', 'syndication']),
  ...layer('views', ['checks', 'search', 'syndication']),
  ...layer('search', ['checks', 'syndication']),
  ...layer('syndication', ['checks', 'search']),
  // Last, so that formatting is Prettier's business alone.
  prettier,
);
