/**
 * `npm run new` writes a valid entry of every kind that passes `npm run check`
 * unchanged, with today's date and the right file name.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
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

  it('creates files that pass the content check unchanged', () => {
    const check = run('scripts/check-content.ts', []);
    expect(check.stdout).toMatch(/files checked: no errors/);
    expect(check.status).toBe(0);
  });

  it('refuses to overwrite, and explains an unknown kind', () => {
    expect(run('scripts/new-entry.ts', ['meeting', '--body', 'police-and-crime-panel']).stderr).toContain(
      'already exists',
    );
    expect(run('scripts/new-entry.ts', ['minutes']).stderr).toContain(
      'Say what to create: npm run new -- <meeting|decision|grant-round|hmicfrs|metric>',
    );
  });
});
