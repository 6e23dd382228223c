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
  nestedFieldOrder,
  peopleAsObjects,
  peopleAsWritten,
  personPaths,
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

describe('people and quoted values in the editor’s files', () => {
  it('finds where the forms hold people, from the editor’s configuration', () => {
    const config = {
      collections: [
        {
          fields: [
            { name: 'chair', portal_person: true, fields: [{ name: 'name' }, { name: 'role' }] },
            { name: 'attendance', fields: [{ name: 'group' }, { name: 'people', portal_person: true }] },
          ],
        },
      ],
    };
    expect(personPaths(config)).toEqual(['chair', 'attendance.people']);
  });

  it('opens a plain name as { name } for the form, and writes a person with no role back as the name', () => {
    const paths = ['chair', 'attendance.people'];
    const file = {
      chair: 'Cllr Deborah Taylor',
      attendance: [{ group: 'Panel', people: ['Cllr A', { name: 'B', role: 'Chief Constable' }] }],
    };
    const form = peopleAsObjects(file, paths);
    expect(form).toEqual({
      chair: { name: 'Cllr Deborah Taylor' },
      attendance: [{ group: 'Panel', people: [{ name: 'Cllr A' }, { name: 'B', role: 'Chief Constable' }] }],
    });
    expect(peopleAsWritten(form, paths)).toEqual(file);
    expect(peopleAsWritten({ chair: { name: 'A', role: '' } }, paths)).toEqual({ chair: 'A' });
  });

  it('writes times and financial years in quotes, as the content guide asks', () => {
    const file = toMarkdownFile({ startTime: '13:00', financialYear: '2022/23', date: '2023-10-09' });
    expect(file).toContain('startTime: "13:00"');
    expect(file).toContain('financialYear: "2022/23"');
    expect(file).toContain('date: 2023-10-09');
  });
});
