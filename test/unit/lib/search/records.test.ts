import { describe, expect, it } from 'vitest';
import { hmicfrsSchema } from '../../../../src/collections/hmicfrs/schema';
import { actionParts } from '../../../../src/collections/meetings/search';
import { recommendationParts } from '../../../../src/collections/hmicfrs/search';
import { partRecords, searchMeta } from '../../../../src/lib/search/records';
import { makeMeeting } from '../../../fixtures/builders';

const THEMES = new Map([['victims', 'Supporting victims and witnesses']]);
const context = { bodyName: () => 'Corporate Governance Board' };
type Meetings = Parameters<typeof actionParts>[0];
type Reports = Parameters<typeof recommendationParts>[0];
const actionRecords = (meetings: Meetings) =>
  partRecords(actionParts(meetings, context), '/meetings/', THEMES, 'en-gb');
const recommendationRecords = (reports: Reports) =>
  partRecords(recommendationParts(reports), '/hmicfrs/', THEMES, 'en-gb');

const raised = {
  id: 'cgb-2023-06-21',
  data: makeMeeting({
    date: '2023-06-21',
    themes: ['victims'],
    actions: [
      {
        id: 'stalking-support',
        text: 'Consider the gaps in specialist support for victims of stalking',
        owner: 'Office of the Police and Crime Commissioner',
      },
      {
        id: 'named-officer',
        text: 'SECRET-ACTION-TEXT about a named officer',
        owner: 'Chief Constable',
        visibility: 'official-sensitive',
        withheldReason: 'It names an officer.',
      },
    ],
  }),
};
const updated = {
  id: 'cgb-2023-09-25',
  data: makeMeeting({
    date: '2023-09-25',
    actionUpdates: [{ action: 'stalking-support', status: 'complete', note: 'Gaps reviewed with Victim First' }],
  }),
};
const closed = {
  id: 'cgb-2023-07-17',
  data: makeMeeting({
    date: '2023-07-17',
    visibility: 'closed-session',
    withheldReason: 'Held in closed session.',
    actions: [{ id: 'closed-action', text: 'SECRET-CLOSED-ACTION', owner: 'Chief Constable' }],
  }),
};

describe('actionRecords', () => {
  const records = actionRecords([updated, raised, closed]);

  it('indexes each published action once, landing on it where it was raised', () => {
    expect(records.map((r) => r.url)).toEqual(['/meetings/cgb-2023-06-21/#action-stalking-support']);
  });

  it('never indexes a withheld action or an action of a withheld meeting', () => {
    expect(JSON.stringify(records)).not.toMatch(/SECRET/);
  });

  it('gives the action its latest status, its meeting’s body, year and themes, and its date', () => {
    const [record] = records;
    expect(record?.filters).toEqual({
      type: ['Action'],
      body: ['Corporate Governance Board'],
      year: ['2023'],
      theme: ['Supporting victims and witnesses'],
      status: ['Complete'],
    });
    expect(record?.meta.title).toMatch(/stalking/);
    expect(record?.meta.isoDate).toBe('2023-06-21');
    expect(record?.sort).toEqual({ date: '2023-06-21' });
  });

  it('writes its text as sentences, with the owner and the updates', () => {
    expect(records[0]?.content).toBe(
      'Consider the gaps in specialist support for victims of stalking. ' +
        'Owner: Office of the Police and Crime Commissioner. Gaps reviewed with Victim First.',
    );
  });

  it('keeps in its searched metadata only what readers search for, not what results display', () => {
    expect(Object.keys(records[0]?.meta ?? {}).sort()).toEqual(['isoDate', 'terms', 'title']);
    expect(records[0]?.meta.terms).toBe('PCC OPCC');
  });
});

describe('recommendationRecords', () => {
  const input = {
    title: 'Vetting, misconduct and misogyny',
    inspectionType: 'thematic',
    summary: 'How forces vet officers.',
    themes: ['victims'],
    recommendations: [
      { id: 'r1', kind: 'recommendation', text: 'Forces should review vetting decisions.', status: 'in-progress' },
      {
        id: 'r2',
        kind: 'recommendation',
        text: 'SECRET-RECOMMENDATION',
        status: 'open',
        visibility: 'exempt',
        withheldReason: 'Exempt under paragraph 7.',
        exemptParagraphs: [7],
      },
    ],
  };
  const report = hmicfrsSchema.parse(input);

  it('indexes each published recommendation, and an undated report’s last in date order', () => {
    const records = recommendationRecords([{ id: 'vetting', data: report }]);
    expect(records.map((r) => r.url)).toEqual(['/hmicfrs/vetting/#rec-r1']);
    expect(JSON.stringify(records)).not.toMatch(/SECRET/);
    expect(records[0]?.filters.status).toEqual(['In progress']);
    expect(records[0]?.sort).toEqual({ date: '0000-00-00' });
  });

  it('indexes nothing of a withheld report', () => {
    const withheld = hmicfrsSchema.parse({
      ...input,
      recommendations: [{ id: 'r1', kind: 'recommendation', text: 'SECRET', status: 'open' }],
      visibility: 'official-sensitive',
      withheldReason: 'Not yet published by HMICFRS.',
    });
    expect(withheld.withheld).toBe(true);
    expect(recommendationRecords([{ id: 'vetting', data: withheld }])).toEqual([]);
  });
});

describe('searchMeta', () => {
  it('gives the date as YYYY-MM-DD, and the shown date only when it is not the date itself', () => {
    expect(searchMeta('Fleet', { type: 'Decision', date: '2024-03', dateLabel: 'March 2024' })).toEqual({
      title: 'Fleet',
      isoDate: '2024-03',
    });
    expect(searchMeta(undefined, { type: 'Grant round', date: '2023-04-01', dateLabel: '2023/24' })).toEqual({
      isoDate: '2023-04-01',
      date: '2023/24',
    });
  });

  it('never holds the type, body or status, which would make every result of a body match its name', () => {
    const meta = searchMeta('A', {
      type: 'Action',
      body: 'Police and Crime Panel',
      status: 'Complete',
      date: '2023-10-09',
    });
    expect(JSON.stringify(meta)).not.toMatch(/Police|Complete|Action/);
  });

  it('keeps other names apart by " | " and without commas, and the alternative terms', () => {
    expect(searchMeta(undefined, { type: 'Board or panel', names: ['PCP', 'Panel, the'] }, 'x')).toEqual({
      names: 'PCP | Panel  the',
      terms: 'x',
    });
  });
});
