/**
 * A change to the portal's code reaches every entry on the next build, the
 * ones whose files did not change included. Astro keeps each entry's parsed
 * data between builds and parses again only the files that changed; after a
 * change to a schema (say, a rule that withholds a field), an unchanged file
 * would keep what the old schema made of it, and publish it. Tested on a copy
 * of the code, whose decision schema is changed between two builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'test/fixtures/withheld-site');
const MARK = 'NEW-SCHEMA-5R8';
let project: string;

const build = () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      PORTAL_CONTENT_DIR: CONTENT,
      // Its own cache: the copy shares the checkout's node_modules, where the cache is by default.
      PORTAL_CACHE_DIR: join(project, 'cache'),
      PORTAL_BUILD_LOCK: join(project, '.build.lock'),
    },
    timeout: 300_000,
  });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
};
/** The text of every decision page built. */
const decisionPages = () => {
  const folder = join(project, 'dist', 'decisions');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFileSync(join(folder, entry.name, 'index.html'), 'utf8'));
};

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'portal-code-change-'));
  for (const part of ['src', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    cpSync(join(ROOT, part), join(project, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  build();
}, 600_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a change to a schema', () => {
  it('is applied to every entry of its kind on the next build, not only to the files that changed', () => {
    expect(decisionPages().length).toBeGreaterThan(0);
    expect(decisionPages().some((page) => page.includes(MARK))).toBe(false);
    const schema = join(project, 'src/collections/decisions/schema.ts');
    const before = readFileSync(schema, 'utf8');
    const after = before.replace(
      '    title: text(),',
      `    title: text().transform((title) => \`\${title} ${MARK}\`),`,
    );
    if (after === before)
      throw new Error('the decision schema has no "title: text()," line any more: the test needs a new change');
    writeFileSync(schema, after);
    const log = build();
    expect(log).toContain('The code has changed since the last build, so every entry is read again');
    expect(decisionPages().every((page) => page.includes(MARK))).toBe(true);
  });
});
