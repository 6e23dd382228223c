/**
 * What each kind's entry page says it shows, which decides when a rebuild may
 * reuse it: everything from another file that the page prints must be named.
 */
import { describe, expect, it } from 'vitest';
import { meetingPageInputs } from '../../../src/collections/meetings/page-inputs';
import { decisionPageInputs } from '../../../src/collections/decisions/page-inputs';
import type { Decision, Meeting, Portal } from '../../../src/lib/content/portal';
import { trackPublishedActions } from '../../../src/lib/rules/actions';

const body = (id: string) => ({ id, collection: 'bodies', data: { shortName: id } });
const meeting = (id: string, date: string, extra: object = {}) => ({
  id,
  collection: 'meetings',
  data: { withheld: false, body: 'panel', date, agenda: [], actions: [], actionUpdates: [], ...extra },
});

const raising = meeting('panel-2023-07-26', '2023-07-26', {
  agenda: [{ withheld: false, decisions: ['2023-07-26-budget'] }],
  actions: [{ id: 'visits', status: 'open' }],
});
const updating = meeting('board-2023-10-09', '2023-10-09', {
  body: 'board',
  actionUpdates: [{ action: 'visits', status: 'in-progress', note: 'Reasons now given.' }],
});
const unrelated = meeting('panel-2024-01-01', '2024-01-01');
const decision = { id: '2023-07-26-budget', collection: 'decisions', data: { body: 'panel', meeting: raising.id } };

function portalOf(): Portal {
  const meetings = [raising, updating, unrelated];
  const actions = trackPublishedActions(meetings);
  const raisedAt = new Map<string, typeof actions>();
  const updatedAt = new Map<string, typeof actions>();
  for (const a of actions) {
    raisedAt.set(a.raisedAt.id, [...(raisedAt.get(a.raisedAt.id) ?? []), a]);
    for (const h of a.history.slice(1)) updatedAt.set(h.meeting, [...(updatedAt.get(h.meeting) ?? []), a]);
  }
  return {
    bodies: [body('panel'), body('board'), body('other')],
    meetings,
    decisions: [decision],
    actions,
    meetingsById: new Map(meetings.map((m) => [m.id, m])),
    decisionsById: new Map([[decision.id, decision]]),
    actionsRaisedAt: raisedAt,
    actionsUpdatedAt: updatedAt,
  } as unknown as Portal;
}

const ids = (inputs: { shows?: readonly ({ collection: string; id: string } | undefined)[] }) =>
  (inputs.shows ?? []).flatMap((e) => (e ? [`${e.collection}/${e.id}`] : [])).sort();

describe("a meeting's page", () => {
  it('shows the later meeting that updated its action, both bodies and its linked decision, and nothing else', () => {
    const portal = portalOf();
    const inputs = meetingPageInputs(portal, raising as unknown as Meeting);
    expect(ids(inputs)).toEqual(
      [
        'bodies/board',
        'bodies/panel',
        'decisions/2023-07-26-budget',
        'meetings/board-2023-10-09',
        'meetings/panel-2023-07-26',
      ].sort(),
    );
    expect(inputs.today).toBe(true);
  });

  it('of the updating meeting shows the meeting that raised the action', () => {
    const inputs = meetingPageInputs(portalOf(), updating as unknown as Meeting);
    expect(ids(inputs)).toContain('meetings/panel-2023-07-26');
  });
});

describe("a decision's page", () => {
  it('shows its body and its meeting, with the body that names the meeting', () => {
    expect(ids(decisionPageInputs(portalOf(), decision as unknown as Decision))).toEqual([
      'bodies/panel',
      'bodies/panel',
      'meetings/panel-2023-07-26',
    ]);
  });
});
