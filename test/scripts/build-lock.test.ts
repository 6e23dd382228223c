/**
 * One build at a time: the lock beside the output is taken, waited for,
 * taken over from a build that was killed, and the folders interrupted builds
 * leave are removed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, releaseLock, removeLeftovers, tryLock } from '../../scripts/lib/build-lock';

let dir: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-lock-'));
  lock = join(dir, 'dist.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const me = { pid: process.pid, started: '2026-12-01T10:00:00.000Z' };
const other = { pid: 424242, started: '2026-12-01T09:58:00.000Z' };

describe('the build lock', () => {
  it('is taken when free, and names the process holding it', () => {
    expect(tryLock(lock, me)).toEqual({ locked: true });
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toEqual(me);
    releaseLock(lock);
    expect(existsSync(lock)).toBe(false);
  });

  it('is not taken while another build that is running holds it', () => {
    writeFileSync(lock, JSON.stringify(other));
    expect(tryLock(lock, me, () => true)).toEqual({ locked: false, holder: other });
  });

  it('is taken over from a build that was killed, or from a lock cut off as it was written', () => {
    writeFileSync(lock, JSON.stringify(other));
    expect(tryLock(lock, me, () => false)).toEqual({ locked: true });
    writeFileSync(lock, '{"pid": 4');
    expect(tryLock(lock, me, () => true)).toEqual({ locked: true });
  });

  it('is waited for, saying so once, and taken when the other build finishes', async () => {
    writeFileSync(lock, JSON.stringify(other));
    const said: string[] = [];
    let checks = 0;
    await acquireLock(lock, { waitMs: 5_000, pollMs: 10, log: (line) => said.push(line), running: () => ++checks < 4 });
    expect(said).toEqual([
      expect.stringMatching(/^Waiting for the build started at .* \(process 424242\) to finish…$/),
    ]);
    expect((JSON.parse(readFileSync(lock, 'utf8')) as { pid: number }).pid).toBe(process.pid);
  });

  it('stops with a message naming the other build when the wait is over', async () => {
    writeFileSync(lock, JSON.stringify(other));
    await expect(acquireLock(lock, { waitMs: 30, pollMs: 10, running: () => true })).rejects.toThrow(
      /^Another build \(process 424242, started at .*\) is still running in this checkout, so this one stopped\. Wait for it to finish and build again, or stop it first\.$/,
    );
  });

  it("leaves another build's lock alone when releasing", () => {
    writeFileSync(lock, JSON.stringify(other));
    releaseLock(lock);
    expect(existsSync(lock)).toBe(true);
  });
});

describe('leftovers of interrupted builds', () => {
  it('are removed, and nothing else is', () => {
    for (const name of ['dist.partial-123', 'dist.previous-456', 'dist', 'dist-old', 'distant.partial-1'])
      mkdirSync(join(dir, name));
    writeFileSync(join(dir, 'dist.partial-123.search-records.json'), '[]');
    const removed = removeLeftovers(join(dir, 'dist')).map((path) => path.slice(dir.length + 1));
    expect(removed.sort()).toEqual(['dist.partial-123', 'dist.partial-123.search-records.json', 'dist.previous-456']);
    for (const kept of ['dist', 'dist-old', 'distant.partial-1']) expect(existsSync(join(dir, kept))).toBe(true);
  });
});
