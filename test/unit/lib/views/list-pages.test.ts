/**
 * The view functions behind the list pages and the home page: what rows,
 * filters, counts and sections each page is given, from entries built through
 * the real schemas.
 */
import { describe, expect, it } from 'vitest';
import { REGISTERS } from '../../../../src/collections';
import { bodySchema } from '../../../../src/collections/bodies/schema';
import { decisionSchema } from '../../../../src/collections/decisions/schema';
import type { Body, Decision, Meeting, Metric } from '../../../../src/lib/content/portal';
import { trackActions } from '../../../../src/lib/rules/actions';
import { actionsList } from '../../../../src/lib/views/actions-list';
import { decisionsList } from '../../../../src/lib/views/decisions-list';
import { FEATURED_REGISTERS, homeView } from '../../../../src/lib/views/home';
import { meetingsList } from '../../../../src/lib/views/meetings-list';
import { makeMeeting, makeMetric } from '../../../fixtures/builders';

const entry = <T>(collection: string, id: string, data: unknown) => ({ id, collection, data }) as T;

const body = (id: string, shortName: string, order: number): Body =>
  entry(
    'bodies',
    id,
    bodySchema.parse({
      name: `The ${shortName}`,
      shortName,
      kind: 'governance-board',
      purpose: 'Holds the force to account.',
      access: 'public',
      order,
    }),
  );
const meeting = (id: string, data: Record<string, unknown>): Meeting => entry('meetings', id, makeMeeting(data));
const decision = (id: string, data: Record<string, unknown>): Decision =>
  entry(
    'decisions',
    id,
    decisionSchema.parse({
      maker: 'pcc',
      outcome: 'approved',
      summary: `Summary of ${id}.`,
      title: `Decision ${id}`,
      ...data,
    }),
  );

const bodies = [body('corporate-governance-board', 'Board', 1), body('police-and-crime-panel', 'Panel', 2)];
const meetings = [
  meeting('pcp-2023-10-09', { body: 'police-and-crime-panel', date: '2023-10-09' }),
  meeting('cgb-2023-06-21', {
    date: '2023-06-21',
    actions: [
      { id: 'visits', text: 'Report on visits', owner: 'OPCC' },
      { id: 'stalking', text: 'Review stalking support', owner: 'Chief Constable' },
    ],
  }),
  meeting('cgb-2022-03-20', {
    date: '2022-03-20',
    actions: [{ id: 'estates', text: 'Estates strategy', owner: 'OPCC', status: 'complete' }],
  }),
];
const actions = trackActions(
  meetings.map((m) => ({
    id: m.id,
    date: m.data.date,
    actions: m.data.withheld ? [] : m.data.actions,
    actionUpdates: m.data.withheld ? [] : m.data.actionUpdates,
  })),
);
const byId = new Map(meetings.map((m) => [m.id, m]));

describe('the actions register', () => {
  const list = actionsList(actions, (a) => (a.raisedAt.id.startsWith('cgb') ? 'Board' : 'Panel'));

  it('counts every status, with zero for those no action has', () => {
    expect(list.counts).toMatchObject({ open: 2, complete: 1, superseded: 0 });
  });

  it('lists the actions raised at the newest meeting first', () => {
    expect(list.rows.map((a) => a.action.id)).toEqual(['visits', 'stalking', 'estates']);
  });

  it('offers only the statuses, bodies, owners and years some action has', () => {
    const options = Object.fromEntries(list.view.filters.map((f) => [f.key, f.options.map((o) => o.value)]));
    expect(options).toEqual({
      status: ['open', 'complete'],
      body: ['Board'],
      owner: ['Chief Constable', 'OPCC'],
      year: ['2023', '2022'],
    });
  });

  it('gives each row the values its filters read, and a caption counting them all', () => {
    expect(list.rowData(list.rows[0])).toEqual({ status: 'open', body: 'Board', owner: 'OPCC', year: '2023' });
    expect(list.caption).toContain('3 actions');
  });
});

describe('the decisions register', () => {
  const decisions = [
    decision('2023-10-01-grant', {
      date: '2023-10-01',
      amount: 50000,
      fundingSource: 'Reserves',
      meeting: 'cgb-2023-06-21',
    }),
    decision('2023-06-01-closed', {
      date: '2023-06-01',
      maker: 'board',
      body: 'corporate-governance-board',
      visibility: 'exempt',
      exemptParagraphs: [3],
      withheldReason: 'Commercially sensitive.',
      amount: 900000,
    }),
    decision('2021-01-05-minor', { date: '2021-01-05', significantPublicInterest: false }),
  ];
  const list = decisionsList(decisions, bodies, byId, (m) =>
    m.data.body === 'police-and-crime-panel' ? 'Panel' : 'Board',
  );

  it('shows a withheld decision by its reason, with no amount', () => {
    const closed = list.rows.find((r) => r.id === '2023-06-01-closed')!;
    expect(closed).toMatchObject({ summary: 'Withheld: Commercially sensitive.', amount: 'None', maker: 'Board' });
    expect(closed.values.amount).toBe('');
  });

  it('links the meeting and gives amount, band and notes', () => {
    const grant = list.rows[0];
    expect(grant).toMatchObject({
      href: '/decisions/2023-10-01-grant/',
      amount: '£50,000',
      fundingSource: 'Reserves',
      meeting: { href: '/meetings/cgb-2023-06-21/', label: 'Board, 21 June 2023' },
      notes: [],
    });
    expect(list.rows[2].notes).toEqual(['Not of significant public interest']);
  });

  it('offers only the years, makers and amount bands some decision has', () => {
    const options = Object.fromEntries(list.view.filters.map((f) => [f.key, f.options.map((o) => o.value)]));
    expect(options.year).toEqual(['2023', '2021']);
    expect(options.maker).toEqual(['pcc', 'board']);
    // The withheld £900,000 is not shown, so it gives no band of its own: it reads as no money involved.
    expect(options.band).toEqual(['none', '10k-100k']);
    expect(list.view.filters.find((f) => f.key === 'band')?.options[0]).toMatchObject({ phrase: 'nil' });
  });
});

describe('the meetings page', () => {
  const list = meetingsList(meetings, bodies);

  it('counts each body’s meetings, in words', () => {
    expect(list.bodies).toEqual([
      { href: '/bodies/corporate-governance-board/', name: 'The Board', count: '2 meetings' },
      { href: '/bodies/police-and-crime-panel/', name: 'The Panel', count: '1 meeting' },
    ]);
  });

  it('groups meetings by year, newest first, each with its anchor', () => {
    expect(list.years.map((y) => [y.year, y.anchor, y.meetings.map((m) => m.id)])).toEqual([
      ['2023', 'year-2023', ['pcp-2023-10-09', 'cgb-2023-06-21']],
      ['2022', 'year-2022', ['cgb-2022-03-20']],
    ]);
  });
});

describe('the home page', () => {
  const metrics: Metric[] = [
    entry('metrics', 'old', makeMetric({ dataTo: '2022-01-31' })),
    entry('metrics', 'new', makeMetric({ dataTo: '2023-05-31' })),
  ];
  const home = homeView({ meetings, decisions: [], actions, metrics }, REGISTERS);

  it('says how many actions are open and names them', () => {
    expect(home.openActions.sentence).toBe('2 actions are not yet complete.');
    expect(home.openActions.items).toEqual([
      'Report on visits (OPCC; open)',
      'Review stalking support (Chief Constable; open)',
    ]);
  });

  it('puts the measures with the newest figures first', () => {
    expect(home.headlineMetrics.map((m) => m.id)).toEqual(['new', 'old']);
  });

  it('lists every register that has no section of its own, so that a new kind appears without editing the page', () => {
    const featured = REGISTERS.filter((r) => FEATURED_REGISTERS.includes(r.href));
    expect(featured).toHaveLength(FEATURED_REGISTERS.length);
    expect(home.alsoPublished.map((r) => r.href)).toEqual(
      REGISTERS.filter((r) => !FEATURED_REGISTERS.includes(r.href)).map((r) => r.href),
    );
    const added = { href: '/contracts/', label: 'Contracts', description: 'contracts over £10,000', order: 65 };
    expect(homeView({ meetings, decisions: [], actions, metrics }, [...REGISTERS, added]).alsoPublished).toContainEqual(
      added,
    );
  });
});
