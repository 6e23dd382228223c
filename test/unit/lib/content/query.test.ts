/**
 * The query layer (src/lib/content/index.ts) with Astro's content store replaced by
 * plain entries, as Starlight tests its own: every kind in the registry is
 * loaded once, put in its kind's order, checked for broken references, and
 * joined up (actions across meetings, meeting labels).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bodySchema } from '../../../../src/collections/bodies/schema';
import { makeMeeting } from '../../../fixtures/builders';

let store: Record<string, { id: string; collection: string; data: unknown; filePath?: string }[]> = {};
const asked: string[] = [];
vi.mock('astro:content', () => ({
  getCollection: (name: string) => {
    asked.push(name);
    return Promise.resolve(store[name] ?? []);
  },
}));

const body = (id: string, order: number, shortName: string) => ({
  id,
  collection: 'bodies',
  data: bodySchema.parse({
    name: shortName,
    shortName,
    kind: 'governance-board',
    purpose: 'Holds the force to account.',
    access: 'public',
    order,
  }),
});
const meeting = (id: string, data: Record<string, unknown>) => ({
  id,
  collection: 'meetings',
  data: makeMeeting(data),
});

async function freshPortal() {
  vi.resetModules();
  const { getPortal } = await import('../../../../src/lib/content');
  return getPortal();
}

beforeEach(() => {
  asked.length = 0;
  store = {
    bodies: [
      body('police-and-crime-panel', 2, 'Police and Crime Panel'),
      body('corporate-governance-board', 1, 'Board'),
    ],
    meetings: [
      meeting('cgb-2023-06-21', {
        date: '2023-06-21',
        actions: [{ id: 'stalking-support', text: 'Review stalking support', owner: 'OPCC' }],
      }),
      meeting('cgb-2023-09-25', {
        date: '2023-09-25',
        actionUpdates: [{ action: 'stalking-support', status: 'complete', note: 'Reviewed' }],
      }),
    ],
  };
});

describe('getPortal', () => {
  it('loads every kind in the registry that has a folder, once', async () => {
    await freshPortal();
    expect(asked).toEqual(expect.arrayContaining(['bodies', 'meetings', 'decisions', 'metrics']));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('puts each kind in its own order: bodies by their order field, meetings newest first', async () => {
    const portal = await freshPortal();
    expect(portal.bodies.map((b) => b.id)).toEqual(['corporate-governance-board', 'police-and-crime-panel']);
    expect(portal.meetings.map((m) => m.id)).toEqual(['cgb-2023-09-25', 'cgb-2023-06-21']);
  });

  it('follows an action from the meeting that raised it to the one that closed it', async () => {
    const portal = await freshPortal();
    expect(portal.actions).toHaveLength(1);
    expect(portal.actionsRaisedAt.get('cgb-2023-06-21')?.[0]?.status).toBe('complete');
    expect(portal.actionsUpdatedAt.get('cgb-2023-09-25')).toHaveLength(1);
    expect(portal.meetingLabels.get('cgb-2023-06-21')).toBe('Board, 21 June 2023');
  });

  it('refuses content whose references are broken, naming the file and what is missing', async () => {
    store.meetings = [meeting('x-2023-01-01', { date: '2023-01-01', body: 'no-such-board' })];
    await expect(freshPortal()).rejects.toThrow(/broken reference[\s\S]*no-such-board/);
  });
});
