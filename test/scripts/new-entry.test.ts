/**
 * `npm run new` writes an entry of every kind with today's date and the right
 * file name, whose placeholders `npm run check` refuses until each one is
 * replaced: a starting file can never be published as it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
let work: string;
const run = (script: string, args: string[]) =>
  spawnSync(TSX, [script, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CI: '',
      PORTAL_CONTENT_DIR: work,
      PORTAL_SITE_CONFIG: 'content/site.yaml',
      PORTAL_BUILD_DATE: '2024-05-20',
    },
  });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-new-'));
  cpSync('content', work, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new', () => {
  it.each([
    ['meeting', ['--body', 'police-and-crime-panel'], 'meetings/pcp-2024-05-20.md'],
    ['decision', ['Estates', 'strategy', 'refresh'], 'decisions/2024-05-20-estates-strategy-refresh.md'],
    [
      'grant-round',
      ['Community', 'grants', '2024/25', 'round', '1'],
      'grant-rounds/community-grants-2024-25-round-1.md',
    ],
    ['hmicfrs', ['PEEL', '2025'], 'hmicfrs/peel-2025.md'],
    ['metric', ['Emergency', 'response', 'times'], 'metrics/emergency-response-times.yaml'],
  ])('creates a %s with the right name and date', (kind, args, path) => {
    const result = run('scripts/new-entry.ts', [kind, ...args]);
    expect(result.stdout).toContain(`${path}`);
    expect(result.status).toBe(0);
    expect(existsSync(join(work, path))).toBe(true);
  });

  const created = [
    'meetings/pcp-2024-05-20.md',
    'decisions/2024-05-20-estates-strategy-refresh.md',
    'grant-rounds/community-grants-2024-25-round-1.md',
    'hmicfrs/peel-2025.md',
    'metrics/emergency-response-times.yaml',
  ];

  it('creates files the content check refuses until every placeholder is replaced', () => {
    const check = run('scripts/check-content.ts', []);
    expect(check.status).toBe(1);
    const errors = check.stdout.split('\n').filter((line) => /^\S+:\d+ {2}(?!warning)/.test(line));
    expect(errors.length).toBeGreaterThanOrEqual(created.length * 2);
    for (const line of errors) {
      expect(line).toMatch(
        /still holds the placeholder "Replace with .*" that "npm run new" wrote {2}-> {2}write the real/,
      );
      expect(created.some((path) => line.includes(path))).toBe(true);
    }
    for (const path of created) expect(errors.some((line) => line.includes(path))).toBe(true);
  });

  it('creates files that pass once the placeholders are replaced', () => {
    for (const path of created) {
      const file = join(work, path);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/Replace with ([^\n"]*)/g, 'Written for the public, $1'));
    }
    const check = run('scripts/check-content.ts', []);
    expect(check.stdout).toMatch(/files checked: no errors/);
    expect(check.status).toBe(0);
  });

  it('refuses to overwrite, and explains an unknown kind', () => {
    expect(run('scripts/new-entry.ts', ['meeting', '--body', 'police-and-crime-panel']).stderr).toContain(
      'already exists',
    );
    expect(run('scripts/new-entry.ts', ['minutes']).stderr).toMatch(
      /Say what to create: npm run new -- <meeting\|decision\|grant-round\|hmicfrs\|metric[|>]/,
    );
  });
});
