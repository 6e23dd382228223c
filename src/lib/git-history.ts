/**
 * Each content file's change history from git (date and commit subject), so
 * pages can show when they were last updated and what changed. Read with one
 * `git log` for the whole content folder. Without git, or in a shallow clone,
 * it returns what there is and never fails the build.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

export interface Change {
  date: string;
  subject: string;
}

export interface History {
  /** Changes per file path (relative to the repository root), newest first. */
  files: Map<string, Change[]>;
  /** True when the clone is shallow, so older changes are missing. */
  shallow: boolean;
  /** False when git could not be read at all. */
  available: boolean;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * Parses `git log --format=%x1e%ad%x1f%s --name-only` output.
 *
 * @example parseGitLog('\x1e2024-05-20\x1fFix a date\n\ncontent/meetings/a.md\n').get('content/meetings/a.md')
 * // => [{ date: '2024-05-20', subject: 'Fix a date' }]
 */
export function parseGitLog(output: string): Map<string, Change[]> {
  const files = new Map<string, Change[]>();
  for (const record of output.split(RECORD).slice(1)) {
    const [header = '', ...paths] = record.split('\n');
    const [date = '', subject = ''] = header.split(FIELD);
    for (const path of paths.map((p) => p.trim()).filter(Boolean)) {
      files.set(path, [...(files.get(path) ?? []), { date, subject }]);
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
    const output = git(
      [
        'log',
        '--date=short',
        `--format=${RECORD}%ad${FIELD}%s`,
        '--name-only',
        '--',
        relative(root, resolve(dir)) || '.',
      ],
      root,
    );
    const shallow = git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true';
    return { files: parseGitLog(output), shallow, available: true };
  } catch {
    return { files: new Map(), shallow: false, available: false };
  }
}
