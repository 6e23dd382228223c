import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGitHistory, parseGitLog } from '../../../src/lib/git-history';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, stdio: 'ignore' });

describe('page history from git', () => {
  it('parses each file’s changes, newest first', () => {
    const log =
      '\x1e2024-05-20\x1fCorrect the venue\n\ncontent/meetings/a.md\n\x1e2024-05-01\x1fAdd meetings\n\ncontent/meetings/a.md\ncontent/meetings/b.md\n';
    const files = parseGitLog(log);
    expect(files.get('content/meetings/a.md')).toEqual([
      { date: '2024-05-20', subject: 'Correct the venue' },
      { date: '2024-05-01', subject: 'Add meetings' },
    ]);
    expect(files.get('content/meetings/b.md')).toHaveLength(1);
  });

  it('reads a real repository, and a shallow clone without failing', () => {
    const repo = mkdtempSync(join(tmpdir(), 'portal-git-'));
    dirs.push(repo);
    mkdirSync(join(repo, 'content'));
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'content', 'a.md'), 'one');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'Add a');
    writeFileSync(join(repo, 'content', 'a.md'), 'two');
    git(repo, 'commit', '-qam', 'Correct a');
    const full = loadGitHistory(join(repo, 'content'));
    expect(full.available).toBe(true);
    expect(full.files.get('content/a.md')?.map((c) => c.subject)).toEqual(['Correct a', 'Add a']);

    const shallowDir = mkdtempSync(join(tmpdir(), 'portal-shallow-'));
    dirs.push(shallowDir);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, join(shallowDir, 'clone')], {
      stdio: 'ignore',
    });
    const shallow = loadGitHistory(join(shallowDir, 'clone', 'content'));
    expect(shallow.shallow).toBe(true);
    expect(shallow.files.get('content/a.md')?.map((c) => c.subject)).toEqual(['Correct a']);
  });

  it('returns no history, without throwing, outside a repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'portal-nogit-'));
    dirs.push(plain);
    expect(loadGitHistory(plain)).toEqual({ files: new Map(), shallow: false, available: false });
  });
});
