import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changesOf, loadGitHistory, parseGitLog, parseNotes } from '../../../../src/lib/content/git-history';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs git in `cwd`, with commits dated `date` (YYYY-MM-DD) when given. */
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      ...(date && { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` }),
    },
  });

/** A new repository with a `content` folder. */
function repository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'portal-git-'));
  dirs.push(repo);
  mkdirSync(join(repo, 'content'));
  git(repo, ['init', '-q']);
  return repo;
}

const commit = (repo: string, message: string, date: string) => {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], date);
};

const R = '\x1e';
const F = '\x1f';

describe('parsing the log', () => {
  it('gives each file its changes, newest first, with the notes of each and which one created it', () => {
    const log =
      `${R}2024-05-20${F}bbb${F}Corrected the venue.\n\nM\tcontent/meetings/a.md\n` +
      `${R}2024-05-01${F}${F}\n\nA\tcontent/meetings/a.md\nA\tcontent/meetings/b.md\n`;
    const files = parseGitLog(log);
    expect(files.get('content/meetings/a.md')).toEqual([
      { date: '2024-05-20', notes: ['Corrected the venue.'], added: false },
      { date: '2024-05-01', notes: [], added: true },
    ]);
    expect(files.get('content/meetings/b.md')).toEqual([{ date: '2024-05-01', notes: [], added: true }]);
  });

  it('splits several notes and makes a folded note one line', () => {
    expect(parseNotes(' Corrected the amount\n  of the award. \x1d\x1dAdded the minutes.')).toEqual([
      'Corrected the amount of the award.',
      'Added the minutes.',
    ]);
    expect(parseNotes('')).toEqual([]);
  });

  it('follows a rename back to the old name, and ends a path’s history where a file was made or deleted there', () => {
    const log =
      `${R}2024-04-01${F}ccc${F}\n\nA\tcontent/old.md\n` + // a new file where the old one was
      `${R}2024-03-01${F}bbb${F}\n\nR095\tcontent/old.md\tcontent/new.md\n` +
      `${R}2024-02-01${F}aaa${F}Fixed a date.\n\nM\tcontent/old.md\nD\tcontent/gone.md\n` +
      `${R}2024-01-01${F}${F}\n\nA\tcontent/old.md\nA\tcontent/gone.md\n`;
    const files = parseGitLog(log);
    expect(files.get('content/new.md')?.map((c) => [c.date, c.added])).toEqual([
      ['2024-03-01', false],
      ['2024-02-01', false],
      ['2024-01-01', true],
    ]);
    expect(files.get('content/old.md')).toEqual([{ date: '2024-04-01', notes: [], added: true }]);
  });

  it('skips, in a shallow clone, the oldest commit, which seems to create every file', () => {
    const log = `${R}2024-05-20${F}bbb${F}\n\nM\tcontent/a.md\n${R}2024-05-01${F}${F}Boundary note.\n\nA\tcontent/a.md\nA\tcontent/b.md\n`;
    const files = parseGitLog(log, { shallow: true });
    expect(files.get('content/a.md')).toEqual([{ date: '2024-05-20', notes: [], added: false }]);
    expect(files.has('content/b.md')).toBe(false);
  });
});

describe('reading a repository', () => {
  it('reads the dates and Change-note trailers of each file, never a commit subject or body', () => {
    const repo = repository();
    writeFileSync(join(repo, 'content', 'a.md'), 'one');
    commit(repo, 'SUBJECT-ADD Add a', '2024-01-05');
    writeFileSync(join(repo, 'content', 'a.md'), 'two');
    commit(
      repo,
      'SUBJECT-FIX Fix the total\n\nBODY-TEXT about the fix.\n\nChange-note: Corrected the amount\n  of the award.\nSigned-off-by: Test <test@example.org>',
      '2024-03-01',
    );
    writeFileSync(join(repo, 'content', 'a.md'), 'three');
    commit(repo, 'SUBJECT-TIDY Tidy', '2024-04-02');
    const history = loadGitHistory(join(repo, 'content'));
    expect(history.available).toBe(true);
    expect(history.shallow).toBe(false);
    expect(changesOf(history, join(repo, 'content', 'a.md'))).toEqual([
      { date: '2024-04-02', notes: [], added: false },
      { date: '2024-03-01', notes: ['Corrected the amount of the award.'], added: false },
      { date: '2024-01-05', notes: [], added: true },
    ]);
    expect(JSON.stringify([...history.files])).not.toMatch(/SUBJECT|BODY-TEXT|Signed-off/);
  });

  it('keeps the first publication of a renamed file', () => {
    const repo = repository();
    writeFileSync(join(repo, 'content', 'draft.md'), 'A page long enough for git to see the rename.\n'.repeat(5));
    commit(repo, 'Add', '2024-01-05');
    git(repo, ['mv', 'content/draft.md', 'content/final.md']);
    commit(repo, 'Rename', '2024-02-10');
    const changes = changesOf(loadGitHistory(join(repo, 'content')), join(repo, 'content', 'final.md'));
    expect(changes.map((c) => [c.date, c.added])).toEqual([
      ['2024-02-10', false],
      ['2024-01-05', true],
    ]);
  });

  it('reads a shallow clone without failing, and without the dates its cut-off commit would give every file', () => {
    const repo = repository();
    writeFileSync(join(repo, 'content', 'a.md'), 'one');
    writeFileSync(join(repo, 'content', 'b.md'), 'one');
    commit(repo, 'Add a and b', '2024-01-05');
    writeFileSync(join(repo, 'content', 'a.md'), 'two');
    commit(repo, 'Change a\n\nChange-note: Corrected a.', '2024-02-01');
    writeFileSync(join(repo, 'content', 'b.md'), 'two');
    commit(repo, 'Change b\n\nChange-note: Corrected b.', '2024-03-01');

    const shallowDir = mkdtempSync(join(tmpdir(), 'portal-shallow-'));
    dirs.push(shallowDir);
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo}`, join(shallowDir, 'clone')], {
      stdio: 'ignore',
    });
    const shallow = loadGitHistory(join(shallowDir, 'clone', 'content'));
    expect(shallow.shallow).toBe(true);
    // The clone starts at "Change a", which git shows as creating both files: it is left out.
    expect(changesOf(shallow, join(shallowDir, 'clone', 'content', 'a.md'))).toEqual([]);
    expect(changesOf(shallow, join(shallowDir, 'clone', 'content', 'b.md'))).toEqual([
      { date: '2024-03-01', notes: ['Corrected b.'], added: false },
    ]);
  });

  it('returns no history, without throwing, outside a repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'portal-nogit-'));
    dirs.push(plain);
    const history = loadGitHistory(plain);
    expect(history).toEqual({ files: new Map(), root: '', shallow: false, available: false });
    expect(changesOf(history, join(plain, 'a.md'))).toEqual([]);
  });
});
