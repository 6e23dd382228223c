/**
 * The editor reads and writes content files through src/lib/editor/format.ts.
 * Checked against the portal's own reader (splitFrontmatter, what the build
 * reads): opening and saving a file changes nothing, and nothing an author
 * types, however hostile, can break out of its field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { explainVisibility, withheldWithoutReason } from '../../../../src/admin/editor';
import { parseYaml, splitFrontmatter } from '../../../../src/lib/content/files';
import {
  fromMarkdownFile,
  fromYamlFile,
  inFormOrder,
  itemNames,
  keptWhenEmpty,
  placeInForm,
  nestedFieldOrder,
  asGroups,
  asWritten,
  shorthandsOf,
  toMarkdownFile,
  toYamlFile,
  withoutEmpty,
} from '../../../../src/lib/editor/format';

const filesIn = (folder: string, ext: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => join(folder, name));

const pages = ['content/meetings', 'content/decisions', 'content/grant-rounds', 'content/hmicfrs'].flatMap((f) =>
  filesIn(f, '.md'),
);

describe('the editor’s file format', () => {
  it('reads a meeting’s board or panel as bodyId, and its text as body', () => {
    const data = fromMarkdownFile('---\nbody: police-and-crime-panel\ndate: 2024-05-01\n---\n\nThe Panel met.\n');
    expect(data).toEqual({ bodyId: 'police-and-crime-panel', date: '2024-05-01', body: 'The Panel met.\n' });
  });

  it.each(pages)('opens and saves %s without changing what the build reads', (path) => {
    const original = splitFrontmatter(readFileSync(path, 'utf8'));
    const saved = splitFrontmatter(toMarkdownFile(fromMarkdownFile(readFileSync(path, 'utf8'))));
    expect(saved.yamlError).toBeUndefined();
    expect(saved.data).toEqual(withoutEmpty(original.data));
    expect(saved.body.trim()).toBe(original.body.trim());
  });

  it.each(filesIn('content/metrics', '.yaml'))('opens and saves %s without changing its data', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(parse(toYamlFile(fromYamlFile(text)))).toEqual(withoutEmpty(parse(text)));
  });

  it('leaves out what an untouched form leaves empty, which the check would refuse', () => {
    const file = toMarkdownFile({
      title: 'A',
      reference: '',
      conditions: [],
      exemptPart: { reason: '', publicSummary: '' },
      amount: 0,
    });
    expect(splitFrontmatter(file).data).toEqual({ title: 'A', amount: 0 });
  });

  it('writes fields in the order of the form, nested ones included', () => {
    const order = nestedFieldOrder({
      collections: [
        { fields: [{ name: 'title' }, { name: 'agenda', fields: [{ name: 'title' }, { name: 'visibility' }] }] },
      ],
    });
    expect(order).toEqual(['title', 'agenda', 'agenda.title', 'agenda.visibility']);
    const sorted = inFormOrder({ agenda: [{ visibility: 'official', title: 'Item' }], title: 'Meeting' }, order);
    expect(JSON.stringify(sorted)).toBe('{"title":"Meeting","agenda":[{"title":"Item","visibility":"official"}]}');
  });

  it('keeps any text an author types inside its field: the file reads back exactly', () => {
    const hostile = fc
      .oneof(
        fc.string(),
        fc.constantFrom(
          '---',
          '\n---\n<script>alert(1)</script>',
          'visibility: official',
          '"quoted"',
          "it's",
          '#comment',
          '- list',
          '{a: b}',
          '10:00',
          '2024/25',
          'yes',
          'null',
          '~',
          '&anchor',
          '*alias',
          '>',
        ),
      )
      .filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(hostile, hostile, fc.string(), (title, reason, body) => {
        const data = { title, visibility: 'exempt', withheldReason: reason, agenda: [{ title: reason }], body };
        const read = splitFrontmatter(toMarkdownFile(data));
        expect(read.yamlError).toBeUndefined();
        expect(read.data).toEqual({ title, visibility: 'exempt', withheldReason: reason, agenda: [{ title: reason }] });
        expect(read.body.trim()).toBe(body.trim());
        expect(parseYaml(toYamlFile({ title }), 1).data).toEqual({ title });
      }),
      { numRuns: 300 },
    );
  });
});

describe('withholding in the editor', () => {
  it('finds a withheld part with no reason at any depth, and names where it is', () => {
    expect(withheldWithoutReason({ title: 'A', visibility: 'official' })).toBeUndefined();
    expect(withheldWithoutReason({ visibility: 'exempt' })).toBe('this record');
    expect(withheldWithoutReason({ visibility: 'exempt', withheldReason: '  ' })).toBe('this record');
    expect(withheldWithoutReason({ agenda: [{ title: 'A' }, { visibility: 'closed-session' }] })).toBe('agenda[2]');
    expect(
      withheldWithoutReason({ actions: [{ visibility: 'redacted', withheldReason: 'Names a victim.' }] }),
    ).toBeUndefined();
  });

  it('says what will and will not be published for the choice made', () => {
    expect(explainVisibility('official', 'Published', ['title'])).toMatch(/^Published in full/);
    const withheld = explainVisibility('closed-session', 'Closed session', ['title', 'date']);
    expect(withheld).toContain('only title, date and the reason');
    expect(withheld).toContain('never appears on any page');
    expect(withheld).toContain('The reason is required');
  });
});

describe('shorthands and quoted values in the editor’s files', () => {
  it('finds the groups that files may write as one value, from the editor’s configuration', () => {
    const config = {
      collections: [
        {
          fields: [
            { name: 'chair', portal_shorthand: 'name', fields: [{ name: 'name' }, { name: 'role' }] },
            { name: 'attendance', fields: [{ name: 'group' }, { name: 'people', portal_shorthand: 'name' }] },
            { name: 'applicationsReceived', portal_shorthand: 'value' },
          ],
        },
      ],
    };
    expect(shorthandsOf(config)).toEqual([
      { path: 'chair', key: 'name' },
      { path: 'attendance.people', key: 'name' },
      { path: 'applicationsReceived', key: 'value' },
    ]);
  });

  it('opens a plain name or number as its group for the form, and writes a group with nothing else back as the value', () => {
    const shorthands = [
      { path: 'chair', key: 'name' },
      { path: 'attendance.people', key: 'name' },
      { path: 'applicationsReceived', key: 'value' },
      { path: 'reportedTotals.amount', key: 'value' },
    ];
    const file = {
      chair: 'Cllr Deborah Taylor',
      attendance: [{ group: 'Panel', people: ['Cllr A', { name: 'B', role: 'Chief Constable' }] }],
      applicationsReceived: { value: 100, qualifier: 'more-than' },
      reportedTotals: { amount: 500000 },
    };
    const form = asGroups(file, shorthands);
    expect(form).toEqual({
      chair: { name: 'Cllr Deborah Taylor' },
      attendance: [{ group: 'Panel', people: [{ name: 'Cllr A' }, { name: 'B', role: 'Chief Constable' }] }],
      applicationsReceived: { value: 100, qualifier: 'more-than' },
      reportedTotals: { amount: { value: 500000 } },
    });
    expect(asWritten(form, shorthands)).toEqual(file);
    expect(asWritten({ chair: { name: 'A', role: '' } }, shorthands)).toEqual({ chair: 'A' });
    expect(asWritten({ applicationsReceived: { value: 0, qualifier: null } }, shorthands)).toEqual({
      applicationsReceived: 0,
    });
  });

  it('writes times and financial years in quotes, as the content guide asks', () => {
    const file = toMarkdownFile({ startTime: '13:00', financialYear: '2022/23', date: '2023-10-09' });
    expect(file).toContain('startTime: "13:00"');
    expect(file).toContain('financialYear: "2022/23"');
    expect(file).toContain('date: 2023-10-09');
  });
});

describe('lists whose emptiness means something', () => {
  it('keeps an empty register ("nothing declared") that the form marks, and leaves out other empty lists', () => {
    const config = { collections: [{ fields: [{ name: 'interests', portal_keep_empty: true }, { name: 'caveats' }] }] };
    const keep = keptWhenEmpty(config);
    expect(keep).toEqual(['interests']);
    const file = splitFrontmatter(toMarkdownFile({ name: 'A', interests: [], caveats: [] }, [], keep));
    expect(file.data).toEqual({ name: 'A', interests: [] });
  });
});

describe('places in a record, in the form’s words', () => {
  it('names list items as the form does, for the message that stops a save', () => {
    const config = {
      collections: [
        {
          fields: [
            {
              name: 'agenda',
              label_singular: 'agenda item',
              fields: [{ name: 'resolutions', label_singular: 'resolution' }],
            },
            { name: 'actions', label_singular: 'action' },
          ],
        },
      ],
    };
    const names = itemNames(config);
    expect(placeInForm('agenda[2]', names)).toBe('agenda item 2');
    expect(placeInForm('agenda[2].resolutions[1]', names)).toBe('agenda item 2, resolution 1');
    expect(placeInForm(withheldWithoutReason({ actions: [{}, { visibility: 'exempt' }] }) ?? '', names)).toBe(
      'action 2',
    );
    expect(placeInForm('exemptPart', names)).toBe('exemptPart');
  });
});
