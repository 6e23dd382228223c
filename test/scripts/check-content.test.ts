/**
 * `npm run check` as comms staff meet it: every problem at once, grouped by
 * file, as `file:line  field  what is wrong  ->  how to fix`, a count, exit 1;
 * GitHub annotations under CI; green on the real content, in seconds.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const run = (env: Record<string, string>) =>
  spawnSync(TSX, ['scripts/check-content.ts'], { encoding: 'utf8', env: { ...process.env, CI: '', ...env } });

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-check-'));
  cpSync('test/fixtures/withheld-site', work, { recursive: true });
  const meeting = join(work, 'meetings/board-2024-01-10.md');
  writeFileSync(meeting, readFileSync(meeting, 'utf8').replace('date: 2024-01-10', 'date: 2024-02-30'));
  appendFileSync(meeting, '\n<script>alert(1)</script>\n');
  renameSync(meeting, `${meeting}x`);
  // A quote left open: the file cannot be read at all, and must be reported with the rest, not crash the check.
  const body = join(work, 'bodies/governance-board.md');
  writeFileSync(body, readFileSync(body, 'utf8').replace(/^name: (.*)$/m, 'name: "$1'));
  const decision = join(work, 'decisions/2024-01-11-published.md');
  writeFileSync(
    decision,
    readFileSync(decision, 'utf8').replace('meeting: board-2024-01-10', 'meeting: board-2024-01-01'),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run check', () => {
  it('passes on the real content, quickly', () => {
    const started = Date.now();
    const result = run({});
    expect(result.stdout).toMatch(/\d+ files checked: no errors/);
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('lists every problem, grouped by file, with line, field, problem and fix, and exits 1', () => {
    const result = run({ PORTAL_CONTENT_DIR: work });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    const file = (name: string) => lines.filter((l) => l.includes(name));
    expect(file('board-2024-01-10.mdx:3  date')[0]).toMatch(
      /board-2024-01-10\.mdx:3 {2}date {2}"2024-02-30" is not a real date {2}-> {2}check the day and month, and write it as YYYY-MM-DD/,
    );
    expect(lines.some((l) => /board-2024-01-10\.mdx:\d+ {2}\(body\) {2}<script> is not allowed/.test(l))).toBe(true);
    expect(file('governance-board.md:')[0]).toMatch(
      /bodies\/governance-board\.md:\d+ {2}\(YAML\) {2}a quotation mark or bracket is opened and never closed {2}-> {2}close it, or remove it/,
    );
    expect(
      lines.some((l) =>
        /2024-01-11-published\.md:\d+ {2}meeting {2}"board-2024-01-01" is not a known meeting {2}-> {2}.*did you mean "board-2024-01-10"/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(
      lines.some((l) =>
        /warning {2}\(body\) {2}this entry is withheld \(exempt\), so its text will not be published/.test(l),
      ),
    ).toBe(true);
    expect(result.stdout).toMatch(/4 errors and \d+ warnings in \d+ files/);
  });

  it('adds GitHub annotations under CI: the field and problem as the title, the fix as the text', () => {
    const result = run({ PORTAL_CONTENT_DIR: work, CI: 'true' });
    expect(result.stdout).toMatch(
      /^::error file=.*board-2024-01-10\.mdx,line=3,title=date%3A "2024-02-30" is not a real date::How to fix: check the day and month/m,
    );
    expect(result.stdout).toMatch(
      /^::warning file=.*2024-01-10-exempt-contract\.md,line=\d+,title=summary%3A is withheld .*::How to fix: /m,
    );
  });

  it('reports a broken site config clearly', () => {
    const config = join(work, 'bad-site.yaml');
    writeFileSync(config, 'url: not a url\n');
    const result = run({ PORTAL_SITE_CONFIG: config });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${config}:1: url: must be a full web address, not "not a url": write it starting with https://`,
    );
    expect(result.stderr).toContain(`${config}:1: themes: is missing: add "themes:" followed by a list`);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:|Invalid input/);
  });
});
