/**
 * One build at a time in a checkout. Two builds at once would race over
 * Astro's .astro/ folder, its cache and the output; a build that was killed
 * leaves its lock and its half-written folder behind. A lock file in the
 * checkout names the process holding it: a second build waits for a live holder, takes over from a dead
 * one, and removes what an interrupted build left.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { escapeRegExp } from '../../src/domain/reg-exp';

export interface LockHolder {
  pid: number;
  /** ISO time the holding build started. */
  started: string;
}

/** True when a process with this id is running. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockPath, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock if it is free or its holder is gone; returns the live holder otherwise. */
export function tryLock(
  lockPath: string,
  me: LockHolder,
  running: (pid: number) => boolean = isRunning,
): { locked: true } | { locked: false; holder: LockHolder } {
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return { locked: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockPath);
    // A holder that is not running was killed, and an unreadable lock was cut off as it was written: both are stale.
    if (holder && holder.pid !== me.pid && running(holder.pid)) return { locked: false, holder };
    rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the build lock ${lockPath}: remove the file if no build is running`);
}

/** Waits up to `waitMs` for the lock, saying once that it is waiting. */
export async function acquireLock(
  lockPath: string,
  options: { waitMs: number; pollMs?: number; log?: (line: string) => void; running?: (pid: number) => boolean },
): Promise<void> {
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString() };
  const deadline = Date.now() + options.waitMs;
  let said = false;
  for (;;) {
    const result = tryLock(lockPath, me, options.running);
    if (result.locked) return;
    const since = new Date(result.holder.started).toLocaleTimeString('en-GB');
    if (Date.now() >= deadline) {
      throw new Error(
        `Another build (process ${result.holder.pid}, started at ${since}) is still running in this checkout, so this one stopped. Wait for it to finish and build again, or stop it first.`,
      );
    }
    if (!said) {
      options.log?.(`Waiting for the build started at ${since} (process ${result.holder.pid}) to finish…`);
      said = true;
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
}

/** Removes the lock if this process holds it. */
export function releaseLock(lockPath: string): void {
  if (readHolder(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
}

/**
 * Removes the folders earlier builds left beside `target` when they were
 * interrupted (`dist.partial-<pid>`, `dist.previous-<pid>`). Call it only
 * while holding the lock: then no other build is writing them.
 *
 * @example removeLeftovers('/repo/dist') // => ['/repo/dist.partial-4711']
 */
export function removeLeftovers(target: string): string[] {
  const prefix = basename(target);
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  const leftovers = names
    .filter((name) =>
      new RegExp(`^${escapeRegExp(prefix)}\\.(partial|previous)-\\d+(\\.search-records\\.json)?$`).test(name),
    )
    .map((name) => join(dirname(target), name));
  for (const folder of leftovers) rmSync(folder, { recursive: true, force: true });
  return leftovers;
}
