/**
 * A failed build leaves the previous site byte-for-byte as it was, and leaves
 * no half-written folder behind.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../support/dist-files';

let work: string;
const out = () => join(work, 'site');
const build = () =>
  spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: join(work, 'content'),
      PORTAL_OUT_DIR: out(),
      PORTAL_CACHE_DIR: join(work, 'cache'),
    },
  });
const fingerprint = () => {
  const hash = createHash('sha256');
  for (const file of [...walk(out())].sort()) hash.update(relative(out(), file)).update(readFileSync(file));
  return hash.digest('hex');
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
  cpSync('test/fixtures/withheld-site', join(work, 'content'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run build', () => {
  it('builds into place when the content is good', () => {
    const result = build();
    expect(result.status).toBe(0);
    expect(existsSync(join(out(), 'index.html'))).toBe(true);
    expect(existsSync(join(out(), 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(out(), 'pagefind-records', 'pagefind.js'))).toBe(true);
    // The search index was built after Astro exited, and the records it was built from were not left behind.
    expect(result.stdout).toMatch(/Indexed \d+ pages and \d+ actions and recommendations/);
    expect(readdirSync(work).filter((name) => name.endsWith('.search-records.json'))).toEqual([]);
  });

  it('leaves the previous site exactly as it was when a build fails', () => {
    const before = fingerprint();
    const meeting = join(work, 'content/meetings/board-2024-01-10.md');
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('date: 2024-01-10', 'date: 2024-13-01'));
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('was left exactly as it was');
    expect(fingerprint()).toBe(before);
    expect(readdirSync(work).filter((name) => name.includes('.partial-') || name.includes('.previous-'))).toEqual([]);
  });
});
