/** Any change to the portal's code, wherever it is under src/, changes the digest the build caches key on. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { codeDigest } from '../../../../src/lib/content/code-digest';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const base = {
  'src/middleware.ts': 'export const onRequest = 1;',
  'src/lib/search/spacing.ts': 'export const space = 1;',
  'astro.config.mjs': 'export default {};',
  'package-lock.json': '{}',
};

it('changes with the middleware, a deep module, the Astro config or the lockfile, and only then', () => {
  const digest = codeDigest(project(base));
  expect(codeDigest(project(base))).toBe(digest);
  for (const name of Object.keys(base)) {
    expect(codeDigest(project({ ...base, [name]: `${base[name as keyof typeof base]} ` }))).not.toBe(digest);
  }
  expect(codeDigest(project({ ...base, 'src/components/New.astro': '<p />' }))).not.toBe(digest);
});
