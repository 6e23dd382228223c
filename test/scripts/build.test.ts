/**
 * A failed build leaves the previous site byte-for-byte as it was, and leaves
 * no half-written folder behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../support/dist-files';

let work: string;
const out = () => join(work, 'site');
const lock = () => join(work, 'build.lock');
const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  PORTAL_CONTENT_DIR: join(work, 'content'),
  PORTAL_OUT_DIR: out(),
  PORTAL_CACHE_DIR: join(work, 'cache'),
  // A lock of its own, so that these builds neither wait for nor block another build in the checkout.
  PORTAL_BUILD_LOCK: lock(),
  ...extra,
});
const build = (extra: Record<string, string> = {}) =>
  spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/build.ts'], { encoding: 'utf8', env: env(extra) });
const leftovers = () => readdirSync(work).filter((name) => /\.(partial|previous)-|lock$/.test(name));
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
    expect(result.stdout).toMatch(
      /Indexed \d+ pages and \d+ parts of entries \(actions, recommendations, payments by supplier\)/,
    );
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
    expect(leftovers()).toEqual([]);
    writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('date: 2024-13-01', 'date: 2024-01-10'));
  });

  it('waits for a build already running in the checkout, and stops with a clear message when it goes on too long', () => {
    const before = fingerprint();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(lock(), JSON.stringify({ pid: other.pid, started: new Date().toISOString() }));
      const result = build({ PORTAL_BUILD_LOCK_WAIT: '1' });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain(`Waiting for the build started at`);
      expect(result.stderr).toContain(`Another build (process ${other.pid}`);
      expect(result.stderr).toContain('is still running in this checkout, so this one stopped');
      expect(fingerprint()).toBe(before);
    } finally {
      other.kill();
      rmSync(lock(), { force: true });
    }
  });

  it('takes over from a build that was killed, and removes what it left behind', () => {
    const dead = spawnSync('true').pid;
    writeFileSync(lock(), JSON.stringify({ pid: dead, started: new Date().toISOString() }));
    mkdirSync(`${out()}.partial-${dead}`);
    writeFileSync(`${out()}.partial-${dead}/index.html`, 'half a site');
    mkdirSync(`${out()}.previous-${dead}`);
    const result = build();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Removed .*site\.partial-\d+, .*site\.previous-\d+, left by an interrupted build/);
    expect(leftovers()).toEqual([]);
  });

  it('cleans up after itself when it is stopped', async () => {
    const before = fingerprint();
    const child = spawn(join('node_modules', '.bin', 'tsx'), ['scripts/build.ts'], { env: env() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Stop it once Astro is building into its temporary folder.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (readdirSync(work).some((name) => name.includes('.partial-'))) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
    });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(output).toContain('The build was stopped (SIGTERM)');
    expect(leftovers()).toEqual([]);
    expect(fingerprint()).toBe(before);
  });
});
