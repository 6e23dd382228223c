/**
 * Each entry page tells readers when it was published and what changed, in
 * notes written for them: the entry's `changeNotes` and the `Change-note:`
 * trailers of its commits, never a commit subject or body. The fixture site
 * is copied into a fresh git repository and changed in dated commits, some
 * with a note and some without; the built pages are read in real Chromium.
 * Notes are plain text: the ones here hold HTML and a script, which must be
 * shown as written and never run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { type Browser, launchBrowser } from '../support/browser';
import { buildSite, type BuildResult } from '../support/build';
import { readDistText } from '../support/dist-files';
import { type StaticServer, serveStatic } from '../support/server';

const DECISION_NOTE = 'Corrected the amount <script>top.__pwned=1</script> of the award.';
const MEETING_NOTE = 'Added the minutes of item 1 <img src=x onerror=top.__pwned=1>.';
/** In the commit messages, where no reader may see them. */
const PRIVATE = /SUBJECT-|BODY-TEXT|CANARY-TRAILER-9B2C/;

let work: string;
let build: BuildResult;
let server: StaticServer;
let browser: Browser;

function edit(path: string, change: (text: string) => string) {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function commit(message: string, date: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: work,
      env,
      stdio: 'ignore',
    });
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'portal-history-'));
  const content = join(work, 'content');
  cpSync('test/fixtures/withheld-site', content, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: work });
  commit('SUBJECT-FIRST Add the site', '2024-01-05');

  // A correction noted in the content file, committed without a trailer.
  edit(join(content, 'decisions/2024-01-11-published.md'), (text) =>
    text.replace(
      'summary: The Board adopted a strategy.\n',
      `summary: The Board adopted a strategy.\nchangeNotes:\n  - date: 2024-03-01\n    note: ${JSON.stringify(DECISION_NOTE)}\n`,
    ),
  );
  commit('SUBJECT-SECOND Correct the decision', '2024-03-01');

  // A change noted in a trailer, then two changes without a note on one day.
  const meeting = join(content, 'meetings/board-2024-01-10.md');
  edit(meeting, (text) => `${text}\nThe minutes of item 1.\n`);
  commit(`SUBJECT-THIRD Add minutes\n\nBODY-TEXT about the minutes.\n\nChange-note: ${MEETING_NOTE}`, '2024-04-02');
  edit(meeting, (text) => `${text}\nA typo fixed.\n`);
  commit('SUBJECT-FOURTH Fix a typo', '2024-05-06');
  edit(meeting, (text) => `${text}\nAnother typo fixed.\n`);
  commit('SUBJECT-FIFTH Fix another typo', '2024-05-06');

  // A note in a commit to a withheld record, which may describe what is withheld.
  edit(join(content, 'decisions/2024-01-10-exempt-contract.md'), (text) => `${text}\nMore withheld text.\n`);
  commit('SUBJECT-SIXTH Update the contract\n\nChange-note: CANARY-TRAILER-9B2C names the contractor.', '2024-05-07');

  build = buildSite(content);
  if (build.status !== 0) throw new Error(`the fixture site does not build:\n${build.output}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (build) rmSync(dirname(build.outDir), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

interface Shown {
  /** The text of the line under the title, and the element's tag just before it. */
  dates: string | null;
  afterTag: string | null;
  linksToHistory: boolean;
  /** Each history line as [date, words after it]. */
  lines: [string, string | null][];
  ignoredBySearch: boolean;
  ran: boolean;
  injected: number;
}

async function read(path: string): Promise<{ page: Page; shown: Shown }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path}`);
  const shown = await page.evaluate((): Shown => {
    const dates = document.querySelector('.tp-entry-dates');
    const history = document.querySelector('aside[aria-labelledby="page-history"]');
    const link = dates?.querySelector('a');
    return {
      dates: dates ? (dates.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
      afterTag: dates?.previousElementSibling?.tagName ?? null,
      linksToHistory: !!link && link.hash === '#page-history' && !!document.getElementById('page-history'),
      lines: [...(history?.querySelectorAll('li') ?? [])].map((li) => [
        li.querySelector('time')?.textContent ?? '',
        li.querySelector('span')?.textContent ?? null,
      ]),
      ignoredBySearch: [dates, history].every((el) => !el || el.getAttribute('data-pagefind-ignore') === 'all'),
      ran: (window as unknown as { __pwned?: number }).__pwned !== undefined,
      injected: history?.querySelectorAll('script, img').length ?? 0,
    };
  });
  return { page, shown };
}

describe('the history of an entry page', () => {
  it('shows a note from a commit’s trailer, and each day of changes without a note as a date only', async () => {
    const { page, shown } = await read('/meetings/board-2024-01-10/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(shown.dates).toBe('Published on this portal 5 January 2024 · Last updated 2 April 2024 — see all updates');
    expect(shown.afterTag).toBe('H1');
    expect(shown.linksToHistory).toBe(true);
    expect(shown.lines).toEqual([
      ['6 May 2024', null],
      ['2 April 2024', MEETING_NOTE],
      ['5 January 2024', 'First published.'],
    ]);
    expect(shown.ignoredBySearch).toBe(true);
    expect(shown.ran).toBe(false);
    expect(shown.injected).toBe(0);
  });

  it('shows a note from the content file, with the day’s commit merged into it', async () => {
    const { page, shown } = await read('/decisions/2024-01-11-published/');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    expect(shown.dates).toBe('Published on this portal 5 January 2024 · Last updated 1 March 2024 — see all updates');
    expect(shown.afterTag).toBe('H1');
    expect(shown.lines).toEqual([
      ['1 March 2024', DECISION_NOTE],
      ['5 January 2024', 'First published.'],
    ]);
    expect(shown.ran).toBe(false);
    expect(shown.injected).toBe(0);
  });

  it('shows only dates on a withheld page, from neither its file’s notes nor its commits’', async () => {
    const { page, shown } = await read('/decisions/2024-01-10-exempt-contract/');
    await page.close();
    expect(shown.dates).toBe('Published on this portal 5 January 2024');
    expect(shown.lines).toEqual([
      ['7 May 2024', null],
      ['5 January 2024', 'First published.'],
    ]);
  });

  it('never publishes a commit subject or body, or a withheld record’s note, in any file', () => {
    const files = readDistText(build.outDir);
    expect(files.filter(([, text]) => PRIVATE.test(text)).map(([path]) => path)).toEqual([]);
    // The notes are kept out of the search index, like the rest of the history.
    expect(files.filter(([path, text]) => path.endsWith('.pf_fragment') && text.includes('Added the minutes'))).toEqual(
      [],
    );
  });
});
