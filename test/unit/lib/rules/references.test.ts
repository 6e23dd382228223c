import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../../src/collections';
import { findReferenceProblems, type PortalEntries, type ReferenceProblem } from '../../../../src/lib/rules/references';
import { closestIds, editDistance } from '../../../../src/domain/suggest';

/** Each problem as one line, `file: field: problem — fix`. */
const lines = (problems: ReferenceProblem[]) => problems.map((p) => `${p.file}: ${p.field}: ${p.problem} — ${p.fix}`);

/** No entries of any kind in the registry. */
const none = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, []])) as unknown as PortalEntries;
const body = { id: 'corporate-governance-board', filePath: 'content/bodies/corporate-governance-board.md', data: {} };
const meeting = (id: string, data: Record<string, unknown>) => ({ id, filePath: `content/meetings/${id}.md`, data });

describe('findReferenceProblems', () => {
  it('finds nothing wrong in consistent content', () => {
    const entries = {
      ...none,
      bodies: [body],
      meetings: [
        meeting('cgb-2023-06-21', {
          body: body.id,
          themes: ['vawg'],
          agenda: [{ number: '1', title: 'A' }],
          actions: [],
        }),
      ],
    };
    expect(findReferenceProblems(entries, ['vawg'])).toEqual([]);
  });

  it('names the file, field and fix for a meeting of an unknown body', () => {
    const entries = { ...none, bodies: [body], meetings: [meeting('cgb-2023-06-21', { body: 'cgb' })] };
    expect(lines(findReferenceProblems(entries, []))).toEqual([
      'content/meetings/cgb-2023-06-21.md: body: "cgb" is not a known body — use the file name (without extension) of an entry in content/bodies/',
    ]);
  });

  it('reports an unknown theme with the list of known ones', () => {
    const entries = {
      ...none,
      metrics: [{ id: 'calls', filePath: 'content/metrics/calls.yaml', data: { theme: 'policing' } }],
    };
    expect(lines(findReferenceProblems(entries, ['service', 'vawg']))).toEqual([
      'content/metrics/calls.yaml: theme: "policing" is not a theme in the site config — use one of: service, vawg',
    ]);
  });

  it('reports an action id used twice and an update to an action that does not exist', () => {
    const action = { id: 'cgb-a1', text: 'x', owner: 'y' };
    const entries = {
      ...none,
      bodies: [body],
      meetings: [
        meeting('cgb-2023-06-21', { body: body.id, actions: [action] }),
        meeting('cgb-2023-07-17', {
          body: body.id,
          actions: [action],
          actionUpdates: [{ action: 'cgb-a2', status: 'complete' }],
        }),
      ],
    };
    expect(lines(findReferenceProblems(entries, []))).toEqual([
      'content/meetings/cgb-2023-07-17.md: actions[0].id: "cgb-a1" is already used in content/meetings/cgb-2023-06-21.md — give this action an id of its own: action ids must be unique across the site',
      'content/meetings/cgb-2023-07-17.md: actionUpdates[0].action: "cgb-a2" is not the id of any action — copy the id from the meeting that raised it (did you mean "cgb-a1"?)',
    ]);
  });

  it('reports two agenda items that would share an anchor', () => {
    const entries = {
      ...none,
      bodies: [body],
      meetings: [
        meeting('cgb-2023-06-21', {
          body: body.id,
          agenda: [
            { number: '3', title: 'A' },
            { number: '3', title: 'B' },
          ],
        }),
      ],
    };
    expect(lines(findReferenceProblems(entries, []))).toEqual([
      'content/meetings/cgb-2023-06-21.md: agenda[1]: item "item-3" appears twice — give each item its own number or id',
    ]);
  });

  it('checks decisions, annual reports and HMICFRS links to meetings', () => {
    const entries = {
      ...none,
      decisions: [{ id: 'd', filePath: 'd.md', data: { meeting: 'nope' } }],
      'annual-reports': [{ id: 'r', filePath: 'r.md', data: { presentedAt: 'nope' } }],
      hmicfrs: [{ id: 'h', filePath: 'h.md', data: { meetings: ['nope'], recommendations: [{ meetings: ['nope'] }] } }],
    };
    expect(findReferenceProblems(entries, []).map((p) => `${p.file}: ${p.field}: ${p.problem}`)).toEqual([
      'd.md: meeting: "nope" is not a known meeting',
      'r.md: presentedAt: "nope" is not a known meeting',
      'h.md: meetings[0]: "nope" is not a known meeting',
      'h.md: recommendations[0].meetings[0]: "nope" is not a known meeting',
    ]);
  });
});

describe('suggestions for mistyped ids', () => {
  it('measures how far apart two ids are', () => {
    expect(editDistance('cgb-2023-06-12', 'cgb-2023-06-21')).toBe(1);
    expect(editDistance('visiblity', 'visibility')).toBe(1);
    expect(editDistance('tilte', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest existing meetings for a swapped date', () => {
    const entries = {
      ...none,
      bodies: [body],
      meetings: [meeting('cgb-2023-06-21', { body: body.id }), meeting('pcp-2023-10-09', { body: body.id })],
      decisions: [{ id: 'd', filePath: 'content/decisions/d.md', data: { meeting: 'cgb-2023-06-12' } }],
    };
    expect(lines(findReferenceProblems(entries, []))).toEqual([
      'content/decisions/d.md: meeting: "cgb-2023-06-12" is not a known meeting — use the file name (without extension) of an entry in content/meetings/ (did you mean "cgb-2023-06-21"?)',
    ]);
    expect(closestIds('zzz', ['cgb-2023-06-21'])).toEqual([]);
  });
});
