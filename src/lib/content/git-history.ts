/**
 * Each content file's change history from git: the date of every commit that
 * changed it, whether that commit created it (its first publication), and the
 * notes its author wrote for readers in `Change-note:` trailers. Commit
 * subjects are never read, so they cannot reach a page: they are written for
 * the people who maintain the site, not for the public.
 *
 * Read with one `git log` for the whole content folder. Renames are followed
 * within that one log (git reports them with `--name-status`), so a renamed
 * file keeps the history of its old name. Without git it returns no history,
 * and in a shallow clone the changes that are there; it never fails the build.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export interface Change {
  /** Day the commit was made, YYYY-MM-DD. */
  date: string;
  /** What the commit's `Change-note:` trailers tell readers; empty for a change without a note. */
  notes: string[];
  /** True for the commit that created the file, under this name or one it was renamed from. */
  added: boolean;
}

export interface History {
  /** Changes per file path (relative to the repository root), newest first. */
  files: Map<string, Change[]>;
  /** The repository root the paths are relative to; empty when git could not be read. */
  root: string;
  /** True when the clone is shallow, so older changes are missing. */
  shallow: boolean;
  /** False when git could not be read at all. */
  available: boolean;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const NOTE = '\x1d';

/**
 * The `--format` of the log: committer date, parents (none for a root commit),
 * then the `Change-note:` trailers, unfolded onto one line each and separated
 * by NOTE. The committer date is when the change landed on the branch that is
 * built, which is nearer to when readers saw it than the day it was written.
 */
export const LOG_FORMAT = `${RECORD}%cd${FIELD}%P${FIELD}%(trailers:key=Change-note,valueonly,unfold,separator=%x1d)`;

/**
 * The trailer values of one commit as notes: each trimmed, with runs of
 * white space (a folded trailer's line breaks) made single spaces.
 *
 * @example parseNotes(' Corrected the amount.\x1d\x1dAdded the minutes. ') // => ["Corrected the amount.", "Added the minutes."]
 */
export function parseNotes(field: string): string[] {
  return field
    .split(NOTE)
    .map((note) => note.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Parses the log of {@link LOG_FORMAT} with `--name-status`, newest commit
 * first, into each file's changes.
 *
 * Walking back in time, a rename (`R…  old  new`) sends the older changes of
 * `old` to `new`, and a creation (`A`) or deletion (`D`) ends a path's
 * history, so a file later made again at the same path does not inherit the
 * older file's changes. In a shallow clone the oldest commit present has its
 * parents cut off and so appears to create every file: it is skipped (pass
 * `shallow`), so that neither its date nor its note lands on every page.
 *
 * @example parseGitLog('\x1e2024-05-20\x1fabc\x1fCorrected the venue.\n\nM\tcontent/meetings/a.md\n').get('content/meetings/a.md')
 * // => [{ date: '2024-05-20', notes: ['Corrected the venue.'], added: false }]
 */
export function parseGitLog(output: string, { shallow = false } = {}): Map<string, Change[]> {
  const files = new Map<string, Change[]>();
  /** Where the changes of an older path belong now: another path, or nowhere (null). */
  const now = new Map<string, string | null>();
  const current = (path: string) => (now.has(path) ? now.get(path) : path);
  const record = (path: string | null | undefined, change: Change) => {
    if (!path) return;
    const changes = files.get(path) ?? [];
    if (changes.at(-1) !== change) files.set(path, [...changes, change]);
  };
  for (const entry of output.split(RECORD).slice(1)) {
    const [header = '', ...lines] = entry.split('\n');
    const [date = '', parents = '', notes = ''] = header.split(FIELD);
    if (shallow && parents.trim() === '') continue;
    const change: Change = { date, notes: parseNotes(notes), added: false };
    for (const line of lines) {
      const [status = '', from = '', to] = line.split('\t');
      if (!from) continue;
      if (status.startsWith('R') && to) {
        const target = current(to);
        record(target, change);
        now.set(to, null);
        now.set(from, target ?? null);
      } else if (status.startsWith('A') || status.startsWith('C')) {
        const path = to ?? from;
        record(current(path), { ...change, added: true });
        now.set(path, null);
      } else if (status.startsWith('D')) {
        now.set(from, null);
      } else {
        record(current(from), change);
      }
    }
  }
  return files;
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 256 * 1024 * 1024,
  });

/** Reads the history of every file under `dir`. */
export function loadGitHistory(dir: string): History {
  try {
    const root = git(['rev-parse', '--show-toplevel'], dir).trim();
    const shallow = git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true';
    const output = git(
      [
        // Paths printed as they are, not quoted and escaped, so that they match the files' names.
        '-c',
        'core.quotePath=false',
        'log',
        '--date=short',
        `--format=${LOG_FORMAT}`,
        '--name-status',
        '-M',
        '--',
        relative(root, realpathSync(resolve(dir))) || '.',
      ],
      root,
    );
    return { files: parseGitLog(output, { shallow }), root, shallow, available: true };
  } catch {
    return { files: new Map(), root: '', shallow: false, available: false };
  }
}

/**
 * The changes of one file, newest first, by its path (absolute, or relative
 * to the working directory, as Astro gives an entry's `filePath`).
 */
export function changesOf(history: History, filePath: string | undefined): Change[] {
  if (!filePath || !history.available) return [];
  let path = resolve(filePath);
  try {
    path = realpathSync(path);
  } catch {
    // A path that is not on disk is looked up as written.
  }
  return history.files.get(relative(history.root, path)) ?? [];
}
