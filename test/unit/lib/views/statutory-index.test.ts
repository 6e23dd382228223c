/**
 * The statutory index, from entries built through the real schemas: every
 * duty of the Order in its order, then the other duties in law, each linked to
 * its register when it has one and given a status at the date.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../../../src/collections';
import { hmicfrsSchema } from '../../../../src/collections/hmicfrs/schema';
import type { DutyEntries } from '../../../../src/data/statutory-duties';
import { statusCounts, statutoryIndex } from '../../../../src/lib/views/statutory-index';
import { makeMeeting } from '../../../fixtures/builders';

const none = Object.fromEntries(Object.keys(COLLECTIONS).map((name) => [name, []])) as unknown as Record<
  CollectionName,
  { id: string; data: unknown }[]
>;
const report = (id: string, published: string, responsePublished?: string) => ({
  id,
  data: hmicfrsSchema.parse({
    title: id,
    inspectionType: 'peel',
    summary: 'A report.',
    published,
    ...(responsePublished ? { responsePublished } : {}),
  }),
});

describe('the statutory index', () => {
  it("lists the Order's paragraphs in its order, then the other duties in law", () => {
    const sources = statutoryIndex(none, '2026-12-02').map((row) => row.source);
    const paragraphs = sources.filter((s) => s.startsWith('Order')).map((s) => s.replace('Order, paragraph ', ''));
    expect([...new Set(paragraphs)]).toEqual(['1', '2', '2A', '3', '4', '5', '6', '7', '7A', '7B', '7C', '8']);
    expect(sources.slice(-2)).toEqual([
      'Police Act 1996, section 55',
      'Police Reform and Social Responsibility Act 2011, section 12',
    ]);
  });

  it('says which duties have no home here yet, and links the others to their registers', () => {
    const rows = statutoryIndex(none, '2026-12-02');
    const property = rows.find((r) => r.id === 'property')!;
    expect(property).toMatchObject({ home: undefined, status: 'not-published-here', latestLabel: 'None' });
    // A register that holds nothing yet is linked, so that its page can say what will appear there.
    expect(rows.find((r) => r.id === 'spending')).toMatchObject({
      home: { href: '/spending/', label: 'Spending' },
      status: 'not-published-here',
      why: 'Its register here holds nothing for this yet.',
    });
    expect(rows.find((r) => r.id === 'meetings')?.home).toEqual({ href: '/meetings/', label: 'Meetings' });
    expect(rows.find((r) => r.id === 'grants')?.home?.href).toBe('/grants/');
  });

  it('reads the latest item and what is waiting from the entries', () => {
    const entries: DutyEntries = {
      ...none,
      meetings: [
        { id: 'a', data: makeMeeting({ date: '2026-10-01' }) },
        { id: 'b', data: makeMeeting({ date: '2026-11-20', status: 'agenda-only' }) },
      ],
      hmicfrs: [
        report('answered', '2026-06-01', '2026-07-01'),
        report('awaited', '2026-11-01'),
        report('late', '2026-08-01'),
      ],
    };
    const rows = statutoryIndex(entries, '2026-12-02');
    const meetings = rows.find((r) => r.id === 'meetings')!;
    expect(meetings).toMatchObject({ latest: '2026-10-01', latestLabel: '1 October 2026', status: 'due' });
    expect(meetings.why).toBe('1 item is awaiting publication.');
    const comments = rows.find((r) => r.id === 'hmicfrs-comments')!;
    expect(comments).toMatchObject({ status: 'overdue', why: '1 response is past day 56 and not published.' });
    expect(rows.find((r) => r.id === 'peel')?.latest).toBe('2026-11-01');
  });

  it('counts the duties by status', () => {
    const counts = statusCounts(statutoryIndex(none, '2026-12-02'));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(statutoryIndex(none, '2026-12-02').length);
    expect(counts['not-published-here']).toBeGreaterThan(0);
  });
});
