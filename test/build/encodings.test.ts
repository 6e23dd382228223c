/**
 * Files saved the way Windows editors save them (a UTF-8 byte-order mark,
 * CRLF line endings) build exactly like any other: every content format and
 * the site config, fields and text intact, and no stray mark in the output.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';
import { readDistText, walk } from '../support/dist-files';

let work: string;
let build: BuildResult;
let files: [string, string][];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'portal-encodings-'));
  cpSync('test/fixtures/withheld-site', work, { recursive: true });
  for (const file of walk(work)) {
    if (!/\.(md|mdx|ya?ml)$/.test(file)) continue;
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
  }
  build = buildSite(work);
  files = build.status === 0 ? readDistText(build.outDir) : [];
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(dirname(build.outDir), { recursive: true, force: true });
});

describe('content saved with a byte-order mark and Windows line endings', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('keeps every field and the text', () => {
    const page = (path: string) => files.find(([p]) => p === path)?.[1] ?? '';
    expect(page('index.html')).toContain('Office of the Police and Crime Commissioner for Testshire');
    const decision = page('decisions/2024-01-11-published/index.html');
    expect(decision).toContain('<h1>Adoption of a strategy</h1>');
    expect(decision).toContain('Background to the decision.');
    expect(page('performance/calls/index.html')).toContain('Calls received');
    expect(page('meetings/board-2024-01-10/index.html')).toContain('The published summary of the meeting.');
  });

  it('puts no byte-order mark or carriage return into any page', () => {
    // Code bundles are not content: the editor's YAML parser holds the character as a literal, to strip it.
    const code = /^_astro\/.*\.js$|^admin\/decap-cms\.js$/;
    expect(files.filter(([path, text]) => !code.test(path) && text.includes('\uFEFF')).map(([path]) => path)).toEqual(
      [],
    );
    expect(files.filter(([path, text]) => path.endsWith('.html') && text.includes('\r')).map(([path]) => path)).toEqual(
      [],
    );
  });
});
