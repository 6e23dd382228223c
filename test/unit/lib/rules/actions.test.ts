import { describe, expect, it } from 'vitest';
import { trackActions } from '../../../../src/lib/rules/actions';
import { makeMeeting } from '../../../fixtures/builders';

/** Meetings go through the real schema, then into the shape trackActions reads. */
function meeting(id: string, date: string, fields: Record<string, unknown>) {
  const data = makeMeeting({ date, ...fields });
  if (data.withheld) throw new Error('fixture meeting should be published');
  return { id, date, actions: data.actions, actionUpdates: data.actionUpdates };
}

const raised = meeting('cgb-2023-06-21', '2023-06-21', {
  actions: [
    { id: 'stalking-support', text: 'Look at the gap in support for stalking victims', owner: 'Chief Constable' },
    {
      id: 'carry-forward',
      text: 'Review carry-forward requests',
      owner: 'ACO Finance',
      status: 'awaiting-sign-off',
      note: 'reviewed awaiting sign off',
    },
  ],
});
const later = meeting('cgb-2023-09-25', '2023-09-25', {
  actionUpdates: [{ action: 'carry-forward', status: 'complete', note: 'Signed off' }],
});

describe('trackActions', () => {
  it('starts each action at the meeting that raised it, open by default', () => {
    const [stalking] = trackActions([raised]);
    expect(stalking).toMatchObject({ raisedAt: { id: 'cgb-2023-06-21' }, status: 'open' });
    expect(stalking?.history).toHaveLength(1);
  });

  it('applies updates from later meetings in date order, whatever order the meetings come in', () => {
    const carry = trackActions([later, raised]).find((t) => t.action.id === 'carry-forward');
    expect(carry?.status).toBe('complete');
    expect(carry?.history.map((h) => [h.meeting, h.status, h.note])).toEqual([
      ['cgb-2023-06-21', 'awaiting-sign-off', 'reviewed awaiting sign off'],
      ['cgb-2023-09-25', 'complete', 'Signed off'],
    ]);
  });

  it('does not change its input', () => {
    const before = structuredClone(raised);
    trackActions([raised, later]);
    expect(raised).toEqual(before);
  });
});
