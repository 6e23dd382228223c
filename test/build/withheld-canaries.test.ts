/**
 * The landed content, withheld: a copy of content/ in which every record
 * that can be withheld is, with a canary in every field that is not one of
 * the fields CONTENT.md says stay public, and in every withheld body. Built,
 * the site holds no canary in any file, and still shows what stays public.
 * Twice: once with whole entries withheld, once with every agenda item,
 * action, award and recommendation of published entries withheld.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readContentFolder } from '../../src/lib/content/files';
import { COLLECTIONS, type CollectionName } from '../../src/collections';
import { buildSite, type BuildResult } from '../support/build';
import { readDistText } from '../support/dist-files';

const CANARY = 'CANARY-LANDED-9C2E';
const REASON = 'Withheld for the canary test.';
const ALWAYS_KEPT = ['visibility', 'withheldReason', 'exemptParagraphs'];

type Data = Record<string, unknown>;

/** Puts the canary in every string under `value` that the schema still accepts there. */
function plantCanaries(root: Data, value: unknown, accepts: () => boolean, set: (v: unknown) => void): number {
  if (typeof value === 'string') {
    set(`${CANARY} ${value}`);
    if (accepts()) return 1;
    set(value);
    return 0;
  }
  let planted = 0;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      planted += plantCanaries(root, item, accepts, (v) => (value[i] = v));
    });
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      planted += plantCanaries(root, child, accepts, (v) => ((value as Data)[key] = v));
    }
  }
  return planted;
}

/** Withholds one record and plants canaries in its fields that are not public. */
function withholdRecord(record: Data, publicFields: readonly string[], accepts: () => boolean): number {
  record.visibility = 'exempt';
  record.withheldReason = REASON;
  delete record.exemptParagraphs;
  let planted = 0;
  for (const [key, value] of Object.entries(record)) {
    if (publicFields.includes(key) || ALWAYS_KEPT.includes(key)) continue;
    planted += plantCanaries(record, value, accepts, (v) => (record[key] = v));
  }
  return planted;
}

/** A copy of content/ with every entry (or every item) withheld; returns the folder and how many canaries. */
function withheldCopy(level: 'entries' | 'items'): { dir: string; planted: number; bodies: number } {
  const dir = mkdtempSync(join(tmpdir(), `portal-canaries-${level}-`));
  cpSync('content', dir, { recursive: true });
  let planted = 0;
  let bodies = 0;
  for (const collection of Object.values<(typeof COLLECTIONS)[CollectionName]>(COLLECTIONS)) {
    const withholding = 'withholding' in collection ? collection.withholding : undefined;
    if (!withholding) continue;
    for (const file of readContentFolder(join(dir, collection.folder), collection.extensions).files) {
      const data = file.data as Data;
      const accepts = () => collection.schema.safeParse(data).success;
      let body = file.body;
      for (const { path, publicFields } of withholding) {
        const keys = Object.keys(publicFields);
        if (level === 'entries' && path === '') {
          planted += withholdRecord(data, keys, accepts);
          body = `\n${CANARY} in the body of a withheld entry.\n\n${file.body}`;
          bodies += 1;
        } else if (level === 'items' && path !== '') {
          const list = data[path.slice(0, -3)];
          if (Array.isArray(list)) for (const item of list as Data[]) planted += withholdRecord(item, keys, accepts);
        }
      }
      expect(accepts(), `${file.path} still valid once withheld`).toBe(true);
      writeFileSync(
        join(dir, file.path.slice(file.path.indexOf(collection.folder))),
        `---\n${stringify(data)}---\n${body}`,
      );
    }
  }
  return { dir, planted, bodies };
}

const runs: Record<
  'entries' | 'items',
  { copy: ReturnType<typeof withheldCopy>; build: BuildResult; files: [string, string][] }
> = {} as never;

beforeAll(() => {
  for (const level of ['entries', 'items'] as const) {
    const copy = withheldCopy(level);
    const build = buildSite(copy.dir);
    runs[level] = { copy, build, files: build.status === 0 ? readDistText(build.outDir) : [] };
  }
});
afterAll(() => {
  for (const { copy, build } of Object.values(runs)) {
    rmSync(copy.dir, { recursive: true, force: true });
    rmSync(dirname(build.outDir), { recursive: true, force: true });
  }
});

describe.each(['entries', 'items'] as const)('the landed content with every %s withheld', (level) => {
  it('plants canaries in many fields, and builds', () => {
    const { copy, build } = runs[level];
    expect(copy.planted).toBeGreaterThan(level === 'entries' ? 300 : 100);
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it('holds the canary in no file of the site, search index included', () => {
    const { files } = runs[level];
    expect(files.some(([path]) => path.endsWith('.pf_fragment'))).toBe(true);
    expect(files.filter(([, text]) => text.includes(CANARY)).map(([path]) => path)).toEqual([]);
  });

  it('still publishes what stays public, and why the rest is withheld', () => {
    const { files } = runs[level];
    const page = (path: string) => files.find(([p]) => p === path)?.[1] ?? '';
    const meeting = page('meetings/pcp-2023-10-09/index.html');
    expect(meeting).toContain(REASON);
    if (level === 'entries') {
      expect(meeting).toContain('City Hall'); // A meeting's venue stays public.
      expect(page('decisions/2023-03-20-estates-strategy/index.html')).toContain('Estates');
    } else {
      expect(meeting).toContain('Police and Crime Commissioner'); // Owners of the withheld actions.
      expect(page('actions/index.html')).toContain(REASON);
    }
  });
});
