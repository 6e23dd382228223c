import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { paperHref } from '../../../../src/lib/rules/papers';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOfField, parseYaml, readContentFolder, splitFrontmatter } from '../../../../src/lib/content/files';
import { formatIssues, formatPath } from '../../../../src/domain/friendly-errors';
import { noAwardsStatement, statusAsAt, totalAwarded, totalsBy } from '../../../../src/lib/rules/grants';
import { slugify } from '../../../../src/domain/slug';
import { agendaItemAnchor } from '../../../../src/lib/rules/meetings';

describe('friendly errors', () => {
  it('writes paths the way YAML reads', () => {
    expect(formatPath(['agenda', 2, 'title'])).toBe('agenda[2].title');
    expect(formatPath([])).toBe('');
  });
  it('puts file, field and message on one line each', () => {
    expect(
      formatIssues(
        [
          { path: ['date'], problem: 'must be a date', fix: 'write it as YYYY-MM-DD' },
          { path: [], problem: 'is empty', fix: 'write the fields' },
        ],
        'x.md',
      ),
    ).toBe('x.md: date: must be a date: write it as YYYY-MM-DD\nx.md: (whole file): is empty: write the fields');
  });
});

describe('content files', () => {
  it('splits frontmatter from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nHello')).toEqual({
      data: { title: 'A' },
      body: 'Hello',
      bodyLine: 4,
      yaml: { text: 'title: A', firstLine: 2 },
    });
    expect(splitFrontmatter('No frontmatter')).toMatchObject({ data: {}, body: 'No frontmatter', bodyLine: 1 });
  });

  it('finds the file line of a field, or of its nearest parent', () => {
    const { yaml } = splitFrontmatter('---\ntitle: A\nagenda:\n  - number: 1\n    title: B\n---\n');
    expect(lineOfField(yaml, ['title'])).toBe(2);
    expect(lineOfField(yaml, ['agenda', 0, 'title'])).toBe(5);
    expect(lineOfField(yaml, ['agenda', 0, 'summary'])).toBe(4);
  });
  it('returns a YAML syntax error with its file line instead of throwing', () => {
    const broken = splitFrontmatter('---\ntitle: A\nsummary: "never closed\n---\nBody');
    expect(broken.data).toEqual({});
    expect(broken.yamlError?.line).toBe(3);
    expect(broken.yamlError).toMatchObject({
      problem: 'a quotation mark or bracket is opened and never closed',
      fix: 'close it, or remove it',
    });
    expect(parseYaml('title: A', 1)).toEqual({ data: { title: 'A' } });
    // An alias to nothing is not a syntax error to the parser, but must not crash the check either.
    expect(parseYaml('a: *nowhere', 1).yamlError?.line).toBe(1);
  });
  it('keeps impossible dates as written, so the schema can reject them', () => {
    expect(splitFrontmatter('---\ndate: 2024-02-30\n---\n').data).toEqual({ date: '2024-02-30' });
  });
  it('reads files with the given extensions in the folder and its subfolders, in path order, with ids from file names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-files-'));
    mkdirSync(join(dir, '2023'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'b.yaml'), 'title: B');
    writeFileSync(join(dir, 'a.yaml'), 'title: A');
    writeFileSync(join(dir, '2023', 'c.yaml'), 'title: C');
    writeFileSync(join(dir, '.git', 'd.yaml'), 'title: D');
    writeFileSync(join(dir, '.DS_Store'), '');
    writeFileSync(join(dir, 'notes.txt'), 'not content');
    const { files, strays } = readContentFolder(dir, ['.yaml']);
    expect(files.map((f) => [f.id, f.data])).toEqual([
      ['c', { title: 'C' }],
      ['a', { title: 'A' }],
      ['b', { title: 'B' }],
    ]);
    expect(strays.map((s) => s.path.endsWith('notes.txt'))).toEqual([true]);
    expect(readContentFolder(join(dir, 'missing'), ['.md'])).toEqual({ files: [], strays: [] });
  });
});

describe('agenda anchors', () => {
  it('prefers the id, then the number, then the title', () => {
    expect(agendaItemAnchor({ id: 'annual-report', number: '6', title: 'Annual report' })).toBe('annual-report');
    expect(agendaItemAnchor({ number: '3.i', title: 'Casey Review' })).toBe('item-3-i');
    expect(agendaItemAnchor({ title: 'Reserves Strategy' })).toBe('item-reserves-strategy');
  });
  it('slugifies accented and punctuated text', () => {
    expect(slugify('Rape performance (escalated)')).toBe('rape-performance-escalated');
    expect(slugify('Café – review')).toBe('cafe-review');
  });
});

describe('totalAwarded', () => {
  it('adds awards to the penny', () => {
    expect(totalAwarded([{ amount: 315568 }, { amount: 313967.89 }, { amount: 331055.45 }])).toBe(960591.34);
    expect(totalAwarded([])).toBe(0);
  });
});

describe('totalsBy', () => {
  it('totals awards by area, largest first, to the penny', () => {
    expect(
      totalsBy(
        [
          { area: 'Blaby', amount: 67000 },
          { area: 'Charnwood', amount: 149200 },
          { area: 'Blaby', amount: 0.1 },
          { area: 'Blaby', amount: 0.2 },
        ],
        (a) => a.area,
      ),
    ).toEqual([
      { key: 'Charnwood', total: 149200, count: 1 },
      { key: 'Blaby', total: 67000.3, count: 3 },
    ]);
  });
});

describe('grant rounds with no awards listed', () => {
  it('says "none yet" for a round still being assessed, with the date of that status', () => {
    expect(noAwardsStatement({ awards: [], status: 'assessing', statusAsAt: '2023-10-09' })).toBe(
      'None yet: no awards had been made as at 9 October 2023.',
    );
  });
  it('says the awards are not published here when the papers give only totals', () => {
    // Community Grants 2022/23: "46 being successful", "over half a million pounds" (annual report 2022-23).
    expect(
      noAwardsStatement({
        awards: [],
        status: 'awarded',
        reportedTotals: { projects: 46, amount: { value: 500000, qualifier: 'more-than' } },
      }),
    ).toBe(
      '46 projects were funded, more than £500,000 in all, as the papers report. The individual awards are not published here, because the papers do not list them.',
    );
  });
  it('never calls an awarded round with no listed awards "none"', () => {
    expect(noAwardsStatement({ awards: [], status: 'awarded' })).toMatch(/not published here/);
  });
  it('says nothing when there are awards to list', () => {
    expect(noAwardsStatement({ awards: [{}], status: 'awarded' })).toBeUndefined();
  });
  it('dates a status', () => {
    expect(statusAsAt('Open for applications', '2023-10')).toBe('Open for applications (as at October 2023)');
  });
});

describe('links to papers', () => {
  it('opens an agenda pack at the page where the paper starts', () => {
    expect(paperHref('https://example.org/pack.pdf', 21)).toBe('https://example.org/pack.pdf#page=21');
    expect(paperHref('https://example.org/pack.pdf#view=fit', 3)).toBe('https://example.org/pack.pdf#page=3');
  });
  it('leaves an address alone when no page is given', () => {
    expect(paperHref('https://example.org/paper')).toBe('https://example.org/paper');
  });
});
