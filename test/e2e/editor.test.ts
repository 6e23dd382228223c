/**
 * A comms officer publishes from a browser: the editor at /admin/, in real
 * Chromium, against Decap's own local backend (decap-server in git mode, on
 * loopback) over a temporary copy of the repository. Through the forms alone
 * they create a decision, and a meeting with one agenda item and one action;
 * each is saved on a branch of its own as a draft (the editorial workflow
 * that opens a pull request on GitHub). Merged, the files pass the content
 * check and a build shows them; a withheld agenda item cannot be saved
 * without its reason, and its text appears nowhere in the built site.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/files';
import { withoutEmpty } from '../../src/lib/editor/format';
import { axeViolations } from '../support/axe';
import { buildSite } from '../support/build';
import { useBuiltSite } from '../support/built-site';
import { readDistText } from '../support/dist-files';

const site = useBuiltSite();
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * What axe finds in Decap CMS's own interface, which this project does not
 * write and cannot change without forking it; each is reported upstream's
 * kind of problem. Anything else found on these pages fails the test.
 */
const DECAP_OWN_VIOLATIONS = new Set<string>([
  // Its drop-down lists (react-select) have a search box with no name of its own, inside a labelled field.
  'aria-input-field-name',
  // Its Markdown toolbar: menus of headings and blocks whose buttons have icons only and nested roles.
  'aria-required-attr',
  'button-name',
  'nested-interactive',
  // The site's address in its header is light grey on white.
  'color-contrast',
  // Its layout puts the header and toolbar outside any landmark.
  'region',
  // The drag handle that reorders the items of a list (agenda items, actions) has no name.
  'aria-command-name',
]);

const DECISION = {
  title: 'Funding for a victims’ helpline pilot',
  file: 'content/decisions/2024-05-20-funding-for-a-victims-helpline-pilot.md',
  branch: 'cms/decisions/2024-05-20-funding-for-a-victims-helpline-pilot',
};
const MEETING = {
  file: 'content/meetings/corporate-governance-board-2024-05-21.md',
  branch: 'cms/meetings/corporate-governance-board-2024-05-21',
};
/** Written in the withheld agenda item: it must appear nowhere in the built site. */
const WITHHELD_TEXT = 'Covert surveillance budget detail zq7x';

let repo: string;
let backend: ChildProcess;
let backendUrl: string;
let page: Page;

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=editor@example.org', '-c', 'user.name=Editor', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForBackend(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`decap-server did not start at ${url}`);
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'portal-editor-repo-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  git('add', '.');
  git('commit', '-q', '-m', 'Content as published');
  const port = await freePort();
  backendUrl = `http://127.0.0.1:${port}/api/v1`;
  backend = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: {
      ...process.env,
      MODE: 'git',
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: repo,
      LOG_LEVEL: 'warn',
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
    },
    stdio: 'inherit',
  });
  await waitForBackend(backendUrl);
  page = site.page;
  await page.setViewportSize({ width: 1280, height: 900 });
  // The published config points the editor at GitHub, and at decap-server's usual port when opened on
  // this computer; the test's backend listens on a port of its own.
  await serveConfig(page, backendUrl);
});

/**
 * Serves the published config.yml to `target` with its local backend at `url`
 * (and, when `withoutRepository`, as a build with no repository gives it).
 */
async function serveConfig(target: Page, url: string, withoutRepository = false) {
  await target.route('**/admin/config.yml', async (route) => {
    const published = readFileSync(join(ROOT, 'dist/admin/config.yml'), 'utf8');
    expect(published).toContain('\nlocal_backend: true\n');
    const body = published.replace('\nlocal_backend: true\n', `\nlocal_backend:\n  url: ${url}\n`);
    await route.fulfill({
      contentType: 'text/yaml',
      body: withoutRepository ? body.replace(/^ {2}repo: .*\n/m, '') : body,
    });
  });
}

afterAll(() => {
  backend?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const field = (label: string) => page.getByLabel(label, { exact: true });

/** Picks an option of one of Decap's drop-down lists (react-select) by typing and choosing it. */
async function choose(label: string, option: string | RegExp, scope = field(label)) {
  await scope.click();
  await page.keyboard.type(typeof option === 'string' ? option : '');
  await page.getByRole('option', { name: option }).first().click();
}

/** Opens a new entry's form afresh (the sign-in is kept by the editor), leaving any form before it. */
async function openNew(collection: string, label: string) {
  await page.goto('about:blank');
  await page.goto(`${site.server.url}/admin/#/collections/${collection}/new`);
  await page.getByText(`Writing in ${label} collection`).waitFor();
  await field('Summary').waitFor();
}

const branches = () =>
  git('branch', '--format=%(refname:short)')
    .split('\n')
    .filter((b) => b.startsWith('cms/'));

/** The editorial workflow's status of an entry's branch, which decap-server keeps in its description. */
const statusOf = (branch: string) => {
  try {
    return git('config', `branch.${branch}.description`).trim();
  } catch {
    return undefined;
  }
};

async function save() {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

/** The file as saved on its branch, once decap-server has committed it there (the branch starts at main). */
async function savedFile(branch: string, file: string): Promise<string> {
  const committed = () => {
    try {
      return Number(git('rev-list', '--count', `main..${branch}`).trim());
    } catch {
      return 0;
    }
  };
  await expect.poll(committed, { timeout: 10_000 }).toBeGreaterThan(0);
  return git('show', `${branch}:${file}`);
}

describe('the editor at /admin/', () => {
  it('built without a repository to save to, says so and how to connect it, in place of an error', async () => {
    const fresh = await site.browser.context.newPage();
    try {
      // The published config, as a build with no repository in content/site.yaml, outside GitHub Actions,
      // gives it; and no decap-server running.
      const closedPort = await freePort();
      await serveConfig(fresh, `http://127.0.0.1:${closedPort}/api/v1`, true);
      await fresh.setViewportSize({ width: 390, height: 844 });
      await fresh.goto(`${site.server.url}/admin/`);
      const message = fresh.getByRole('heading', { name: 'The editor is not connected to the repository yet' });
      await message.waitFor();
      expect(await fresh.locator('main').innerText()).toContain('editor: { repository: owner/name }');
      expect(await axeViolations(fresh)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('opens, and signs in to the local backend', async () => {
    await page.goto(`${site.server.url}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await expect
      .poll(async () => page.getByRole('link', { name: 'Decisions' }).count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
  });

  it('creates a decision through its form, saved on a branch of its own as a draft for review', async () => {
    await openNew('decisions', 'Decisions');
    await field('Title').fill(DECISION.title);
    await field('Date').fill('2024-05-20');
    await choose('Maker', 'Police and Crime Commissioner');
    await choose('Outcome', 'Approved');
    await field('Summary').fill('The Commissioner approved funding for a six-month pilot of a helpline for victims.');
    await field('Amount (optional)').fill('25000');
    await save();
    const file = await savedFile(DECISION.branch, DECISION.file);
    // The editorial workflow: a draft, waiting for review, not yet on main.
    await expect.poll(() => statusOf(DECISION.branch)).toBe('decap-cms/draft');
    expect(git('ls-tree', 'main', DECISION.file)).toBe('');
    expect(file).toMatch(/^---\ntitle: Funding for a victims’ helpline pilot\ndate: 2024-05-20\nmaker: pcc\n/);
    expect(file).toContain('amount: 25000');
  });

  it('says what withholding an agenda item publishes, and will not save it without the reason', async () => {
    await openNew('meetings', 'Meetings');
    await choose('Body', 'Corporate Governance');
    await field('Date').fill('2024-05-21');
    await field('Summary').fill('The Board reviewed support for victims and a confidential budget matter.');
    await page.getByRole('button', { name: /Add agenda item/ }).click();
    await page.getByLabel('Title', { exact: true }).last().fill('Victims services update');
    await page.getByRole('button', { name: /Add agenda item/ }).click();
    await page.getByLabel('Title', { exact: true }).last().fill('Confidential budget matter');
    await page.getByLabel('Summary (optional)', { exact: true }).last().fill(WITHHELD_TEXT);

    // The visibility fields so far: the first agenda item's, the second's, then the meeting's own.
    const visibility = page.getByLabel('Visibility (optional)', { exact: true }).nth(1);
    await visibility.selectOption('closed-session');
    const explained = page.locator(`#${await visibility.getAttribute('id')}-explained`);
    await expect.poll(() => explained.innerText()).toMatch(/^Closed session: only number, title,/);
    expect(await explained.innerText()).toContain('never appears on any page');
    const reason = page.getByLabel('Withheld reason (optional)', { exact: true }).nth(1);
    expect(await reason.getAttribute('aria-required')).toBe('true');

    await page.getByRole('button', { name: /Add action(?! update)/ }).click();
    await page.getByLabel('Id', { exact: true }).last().fill('cgb-2024-05-helpline-waiting-times');
    await page.getByLabel('Text', { exact: true }).last().fill('Report on waiting times for the victims’ helpline.');
    await page.getByLabel('Owner', { exact: true }).last().fill('Chief Constable');

    await save();
    // Decap shows field errors in capitals.
    await expect.poll(() => page.locator('body').innerText()).toMatch(/Withheld reason is required: write a sentence/i);
    await expect.poll(() => page.locator('body').innerText()).toContain('Required, because this is withheld');
    expect(branches()).not.toContain(MEETING.branch);

    await reason.fill('Discussed in closed session: it concerns operational policing.');
    await save();
    const file = await savedFile(MEETING.branch, MEETING.file);
    expect(file).toMatch(/^---\nbody: corporate-governance-board\n/);
    expect(file).toContain('visibility: closed-session');
    expect(file).toContain('id: cgb-2024-05-helpline-waiting-times');
  });

  /** Opens a published record, adds a word to its summary and saves it; returns what was and what is. */
  async function correctSummary(collection: string, id: string) {
    const path = `content/${collection}/${id}.md`;
    const original = splitFrontmatter(git('show', `main:${path}`));
    await page.goto('about:blank');
    await page.goto(`${site.server.url}/admin/#/collections/${collection}/entries/${id}`);
    const summary = field('Summary');
    await summary.waitFor();
    await summary.fill(`${await summary.inputValue()} Corrected.`);
    await save();
    const saved = splitFrontmatter(await savedFile(`cms/${collection}/${id}`, path));
    // An empty list ("awards: []") is left out, which every schema reads as the same empty list.
    const before = withoutEmpty(original.data) as Record<string, unknown>;
    expect(saved.data).toEqual({ ...before, summary: `${String(before.summary)} Corrected.` });
    expect(saved.body.trim()).toBe(original.body.trim());
  }

  it('opens a published meeting and saves a change to it, and nothing else in the file changes', async () => {
    // Its people are written as plain names, its webcast address starts http://.
    await correctSummary('meetings', 'pcp-2023-10-09');
  });

  it('opens a grant round whose figures the papers qualify ("over 100"), and keeps them', async () => {
    await page.goto('about:blank');
    await page.goto(`${site.server.url}/admin/#/collections/grant-rounds/entries/community-grants-2022-23`);
    await field('Summary').waitFor();
    await expect.poll(() => page.locator('body').innerText()).toMatch(/More than \(over\)/);
    await correctSummary('grant-rounds', 'community-grants-2022-23');
  });

  it('works from the keyboard: fields, choices and Save are reached with Tab and used without a mouse', async () => {
    await openNew('decisions', 'Decisions');
    await field('Title').focus();
    await page.keyboard.type('Keyboard test');
    expect(await field('Title').inputValue()).toBe('Keyboard test');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await field('Date').getAttribute('id'));
    await page.keyboard.press('Tab');
    // The maker's list opens and chooses with the arrow keys and Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('body').innerText()).toContain('Police and Crime Commissioner');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    const shadow = await page.evaluate(() => getComputedStyle(document.activeElement as Element).boxShadow);
    expect(outline !== 'none' || shadow !== 'none').toBe(true);
    // Visibility is a native select, changed with the keyboard.
    const visibility = field('Visibility (optional)');
    await visibility.focus();
    await page.keyboard.press('ArrowDown');
    expect(await visibility.inputValue()).not.toBe('official');
  });

  it('fits a phone: a meeting’s form, agenda item included, is filled in without scrolling sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await openNew('meetings', 'Meetings');
      await page.getByRole('button', { name: /Add agenda item/ }).click();
      await page.getByLabel('Title', { exact: true }).last().waitFor();
      const overflowing = await page.evaluate(
        () =>
          [...document.querySelectorAll('input, textarea, select, button')]
            .map((element) => element.getBoundingClientRect())
            .filter((box) => box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1)).length,
      );
      expect(overflowing).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('has no accessibility problems of its own on the editor’s pages', async () => {
    const found: string[] = [];
    for (const path of ['#/collections/decisions', '#/collections/meetings/new']) {
      await page.goto(`${site.server.url}/admin/${path}`);
      await page.waitForTimeout(1500);
      found.push(...(await axeViolations(page)));
    }
    const ours = found.filter((line) => !DECAP_OWN_VIOLATIONS.has(line.split(':')[0] ?? ''));
    expect(ours).toEqual([]);
    // What is set aside is Decap's, never the portal's own widgets.
    expect(found.filter((line) => /explained|withheld|visibility/i.test(line))).toEqual([]);
  });

  it('merged, the saved files pass the content check and the build shows them, without the withheld text', () => {
    git('merge', '-q', '--no-edit', DECISION.branch);
    git('merge', '-q', '--no-edit', MEETING.branch);
    const check = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/check-content.ts'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', PORTAL_CONTENT_DIR: join(repo, 'content') },
      },
    );
    expect(check.stdout + check.stderr).toMatch(/no errors/);
    expect(check.status).toBe(0);

    const build = buildSite(join(repo, 'content'));
    expect(build.status, build.output).toBe(0);
    const decision = readFileSync(
      join(build.outDir, 'decisions/2024-05-20-funding-for-a-victims-helpline-pilot/index.html'),
      'utf8',
    );
    expect(decision).toContain('Funding for a victims’ helpline pilot');
    expect(decision).toContain('£25,000');
    const meeting = readFileSync(
      join(build.outDir, 'meetings/corporate-governance-board-2024-05-21/index.html'),
      'utf8',
    );
    expect(meeting).toContain('Victims services update');
    expect(meeting).toContain('Report on waiting times for the victims’ helpline.');
    expect(meeting).toContain('Discussed in closed session: it concerns operational policing.');
    expect(
      readDistText(build.outDir)
        .filter(([, text]) => text.includes(WITHHELD_TEXT))
        .map(([path]) => path),
    ).toEqual([]);
  });
});
