import { describe, expect, it } from 'vitest';
import type { Change } from '../../../../src/lib/content/git-history';
import { pageHistory, publicNotesOf } from '../../../../src/lib/content/page-history';

const change = (date: string, notes: string[] = [], added = false): Change => ({ date, notes, added });

describe('a page’s history', () => {
  it('is published on the day its file was made, and last updated on the latest day with a note', () => {
    const view = pageHistory({
      notes: [{ date: '2024-03-01', note: 'Corrected the amount of the award.' }],
      changes: [change('2024-05-06'), change('2024-04-02', ['Added the minutes.']), change('2024-01-05', [], true)],
    });
    expect(view.published).toBe('2024-01-05');
    // The note-less change of 6 May is listed, but does not make the page "last updated".
    expect(view.lastUpdated).toBe('2024-04-02');
    expect(view.lines).toEqual([
      { date: '2024-05-06', firstPublished: false },
      { date: '2024-04-02', note: 'Added the minutes.', firstPublished: false },
      { date: '2024-03-01', note: 'Corrected the amount of the award.', firstPublished: false },
      { date: '2024-01-05', firstPublished: true },
    ]);
  });

  it('shows several note-less changes on one day as one date, and none beside a note of that day', () => {
    const view = pageHistory({
      notes: [],
      changes: [
        change('2024-05-06'),
        change('2024-05-06'),
        change('2024-04-02'),
        change('2024-04-02', ['Added the minutes.']),
        change('2024-01-05', [], true),
      ],
    });
    expect(view.lines.map((l) => [l.date, l.note])).toEqual([
      ['2024-05-06', undefined],
      ['2024-04-02', 'Added the minutes.'],
      ['2024-01-05', undefined],
    ]);
  });

  it('shows a note once when the content file and the commit both give it', () => {
    const note = 'Corrected the amount of the award.';
    const view = pageHistory({ notes: [{ date: '2024-03-01', note }], changes: [change('2024-03-01', [note])] });
    expect(view.lines).toEqual([{ date: '2024-03-01', note, firstPublished: false }]);
  });

  it('has no "last updated" without a note after publication, and no "published" when history starts later', () => {
    expect(pageHistory({ notes: [], changes: [change('2024-02-01'), change('2024-01-05', [], true)] })).toEqual({
      published: '2024-01-05',
      lines: [
        { date: '2024-02-01', firstPublished: false },
        { date: '2024-01-05', firstPublished: true },
      ],
    });
    // A shallow clone: the file was made before the history that is there.
    const shallow = pageHistory({ notes: [], changes: [change('2024-02-01', ['Fixed a link.'])] });
    expect(shallow.published).toBeUndefined();
    expect(shallow.lastUpdated).toBe('2024-02-01');
    expect(pageHistory({ notes: [], changes: [] })).toEqual({ lines: [] });
  });

  it('lists only dates for a withheld page, whatever the notes say', () => {
    const view = pageHistory({
      notes: [{ date: '2024-03-01', note: 'Removed the name of the contractor.' }],
      changes: [change('2024-04-02', ['Corrected the contract value.']), change('2024-01-05', [], true)],
      withheld: true,
    });
    expect(view.lastUpdated).toBeUndefined();
    expect(view.lines).toEqual([
      { date: '2024-04-02', firstPublished: false },
      { date: '2024-01-05', firstPublished: true },
    ]);
  });

  it('takes notes only from published data', () => {
    const notes = [{ date: '2024-03-01', note: 'Corrected the amount.' }];
    expect(publicNotesOf({ withheld: false, changeNotes: notes })).toEqual(notes);
    expect(publicNotesOf({ changeNotes: notes })).toEqual(notes);
    expect(publicNotesOf({ withheld: true, changeNotes: notes })).toEqual([]);
    expect(publicNotesOf({ title: 'No notes' })).toEqual([]);
  });
});
