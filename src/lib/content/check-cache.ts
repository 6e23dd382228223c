/**
 * What the content check found in each file at the last build, kept in the
 * build cache so that a rebuild reads and checks again only the files that
 * changed. A result is kept under a digest of the file's bytes, its path, what
 * the check was asked (the file's kind, the embed hosts, the date it checks
 * "as at") and the portal's code (see code-digest.ts),
 * so a result can only be reused for exactly the same question; any other
 * change makes a new key. Checks across files (references, copies) always
 * run on all of them. The file keeps only the results this build used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { codeDigest } from './code-digest';

export interface FileResultCache<T> {
  /** The result kept for this file as its bytes are now, asked `question`, and the key to keep a new one under. */
  lookup: (full: string, question: string) => { key: string; value: T | undefined };
  keep: (key: string, value: T) => void;
  /** Writes the results this build used, and only those. */
  save: () => void;
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');

export function fileResultCache<T>(file: string, root: string = process.cwd()): FileResultCache<T> {
  let previous: Record<string, T> = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>;
  } catch {
    // None yet, or unreadable: every file is checked.
  }
  const code = codeDigest(root);
  const next: Record<string, T> = {};
  return {
    lookup: (full, question) => {
      const key = sha(`${code}\n${full}\n${question}\n${sha(readFileSync(full))}`);
      return { key, value: previous[key] };
    },
    keep: (key, value) => {
      next[key] = value;
    },
    save: () => {
      // Written beside it and renamed, so that a stopped build never leaves half a file.
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(`${file}.partial-${process.pid}`, JSON.stringify(next));
      renameSync(`${file}.partial-${process.pid}`, file);
    },
  };
}
