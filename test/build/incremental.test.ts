/**
 * A rebuild reuses the pages whose inputs did not change, and can never
 * publish a stale one. The site's own content, in a git repository, is built
 * once; then each kind of input a page can show from outside its own file is
 * changed in turn (an action's update in a later meeting, that meeting being
 * withheld, a body's name, a file's history alone, the site config), and
 * after each change the site is built twice: reusing the previous build, and
 * from nothing. The two must be the same file for file, the page that shows
 * the changed input must show the change, and (except after a change every
 * page shows) the rebuild must have reused pages.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';
import { walk } from '../support/dist-files';

const BUILD_DATE = '2026-12-01';
const UPDATE_NOTE = 'UPDATE-NOTE-7Q3 the reasons are now given.';

let work: string;
let content: string;
let cache: string;
let day = 1;

function edit(file: string, change: (text: string) => string) {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing: the fixture text has moved`);
  writeFileSync(path, after);
}

function commit(message: string) {
  const date = `2026-11-${String(day++).padStart(2, '0')}T12:00:00Z`;
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '-A'], { cwd: work });
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '--allow-empty', '-m', message],
    {
      cwd: work,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  );
}

const build = (cacheDir: string): BuildResult => {
  const result = buildSite(content, { PORTAL_BUILD_DATE: BUILD_DATE, PORTAL_CACHE_DIR: cacheDir });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.output}`);
  return result;
};
const rebuild = () => build(cache);
const fromNothing = () => build(join(mkdtempSync(join(tmpdir(), 'portal-fresh-')), 'cache'));

const files = (dir: string) =>
  new Map([...walk(dir)].map((path) => [relative(dir, path), readFileSync(path)] as const));

/** Every file that is missing from one build, extra in it, or different. */
function differences(actual: string, expected: string): string[] {
  const [a, b] = [files(actual), files(expected)];
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0))).sort();
}

const page = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const reused = (result: BuildResult) => result.output.match(/\((restored|cached)\)/g)?.length ?? 0;

describe('a rebuild after a change', () => {
  let previous: BuildResult;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'portal-incremental-'));
    content = join(work, 'content');
    cache = join(work, 'cache');
    cpSync('content', content, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: work });
    commit('Add the site');
    previous = rebuild();
  }, 120_000);

  const changes: {
    what: string;
    change: () => void;
    /** A page that shows the changed input without being its file, and what it must now hold. */
    page: string;
    shows: (html: string) => boolean;
    /** False for a change that every page shows. */
    reuses?: false;
    /** Whether the change leaves the search records (actions, recommendations) as they were, where that is certain. */
    records?: 'reused' | 'rebuilt';
  }[] = [
    {
      what: "an action's update in a later meeting",
      change: () =>
        edit('meetings/pcp-2023-10-09.md', (text) =>
          text.replace('it does not give the reason for\n      each visit.', UPDATE_NOTE),
        ),
      page: 'meetings/pcp-2023-07-26/index.html',
      shows: (html) => html.includes(UPDATE_NOTE),
      records: 'rebuilt',
    },
    {
      what: 'that later meeting withheld',
      change: () =>
        edit('meetings/pcp-2023-10-09.md', (text) =>
          text.replace(
            'status: agenda-only\n',
            'status: agenda-only\nvisibility: closed-session\nwithheldReason: Held in private to test the rebuild.\n',
          ),
        ),
      page: 'meetings/pcp-2023-07-26/index.html',
      shows: (html) => !html.includes('UPDATE-NOTE-7Q3') && !html.includes('map of his engagements'),
      records: 'rebuilt',
    },
    {
      what: "a body's name",
      change: () =>
        edit('bodies/corporate-governance-board.md', (text) =>
          text.replace('shortName: Corporate Governance Board', 'shortName: Governance Board Renamed'),
        ),
      page: 'decisions/2023-03-20-estates-strategy/index.html',
      shows: (html) => html.includes('Governance Board Renamed'),
    },
    {
      what: "a file's history alone (changed, then changed back with a note for readers)",
      change: () => {
        edit('decisions/2023-09-25-s106-electric-vehicles.md', (text) => `${text}\nA sentence.\n`);
        commit('Add a sentence');
        edit('decisions/2023-09-25-s106-electric-vehicles.md', (text) => text.replace('\nA sentence.\n', ''));
        commit('Take the sentence out\n\nChange-note: Removed a sentence added in error.');
      },
      page: 'decisions/2023-09-25-s106-electric-vehicles/index.html',
      shows: (html) => html.includes('Removed a sentence added in error.'),
      records: 'reused',
    },
    {
      what: 'the site config',
      change: () =>
        edit('site.yaml', (text) =>
          text.replace('shortName: Leicestershire OPCC', 'shortName: Leicestershire OPCC Renamed'),
        ),
      page: 'decisions/2023-03-20-estates-strategy/index.html',
      shows: (html) => html.includes('Leicestershire OPCC Renamed'),
      reuses: false,
    },
  ];

  for (const { what, change, page: path, shows, reuses, records } of changes) {
    it(`${what}: shows on every page that shows it, and builds the same as a build from nothing`, () => {
      change();
      commit(`Change ${what}`);
      const incremental = rebuild();
      const full = fromNothing();

      expect(page(incremental.outDir, path)).not.toBe(page(previous.outDir, path));
      expect(shows(page(incremental.outDir, path))).toBe(true);
      expect(differences(incremental.outDir, full.outDir)).toEqual([]);
      if (reuses === false) expect(reused(incremental)).toBe(0);
      else expect(reused(incremental)).toBeGreaterThan(40);
      if (records)
        expect(incremental.output.includes('the parts unchanged since the last build')).toBe(records === 'reused');
      previous = incremental;
    }, 120_000);
  }
});
