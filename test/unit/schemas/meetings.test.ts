import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../../src/domain/friendly-errors';
import { meetingSchema } from '../../../src/collections/meetings/schema';
import { makeMeeting, meetingInput } from '../../fixtures/builders';

const FILE = 'content/meetings/cgb-2023-06-21.md';
const parse = (input: unknown) => parseWithFriendlyErrors(meetingSchema, input, FILE);

describe('meeting schema', () => {
  it('accepts a valid meeting and fills in defaults', () => {
    const meeting = makeMeeting();
    expect(meeting.withheld).toBe(false);
    expect(meeting.visibility).toBe('official');
    expect(meeting.meetingType).toBe('ordinary');
    expect(meeting.status).toBe('held');
  });

  it('accepts YAML dates and keeps them as calendar days', () => {
    expect(makeMeeting({ date: new Date(Date.UTC(2023, 5, 21)) }).date).toBe('2023-06-21');
  });

  it('errors on a date that does not exist, naming the file and field', () => {
    expect(() => parse(meetingInput({ date: '2023-02-30' }))).toThrow(
      `${FILE}: date: "2023-02-30" is not a real date: check the day and month, and write it as YYYY-MM-DD, e.g. 2023-10-09`,
    );
  });

  it('errors on an unknown visibility, listing the allowed values', () => {
    expect(() => parse(meetingInput({ visibility: 'secret' }))).toThrow(
      `${FILE}: visibility: "secret" is not an allowed value: use one of: official, official-sensitive, closed-session, exempt`,
    );
  });

  it('requires a reason on a withheld agenda item', () => {
    expect(() =>
      parse(meetingInput({ agenda: [{ number: 4, title: 'Homicide profile', visibility: 'official-sensitive' }] })),
    ).toThrow(
      `${FILE}: agenda[0].withheldReason: is required when visibility is "official-sensitive": add a sentence the public will see explaining why this is withheld`,
    );
  });

  it('errors on a time not written HH:MM', () => {
    expect(() => parse(meetingInput({ startTime: '1pm' }))).toThrow(
      `${FILE}: startTime: must be a time on the 24-hour clock, not "1pm": write it as HH:MM in quotes, e.g. "13:00"`,
    );
  });

  it('errors on an action status outside the vocabulary', () => {
    expect(() =>
      parse(
        meetingInput({ actions: [{ id: 'cgb-a1', text: 'Report back', owner: 'Chief Constable', status: 'done' }] }),
      ),
    ).toThrow(
      `${FILE}: actions[0].status: "done" is not an allowed value: use one of: open, in-progress, awaiting-sign-off, complete, superseded`,
    );
  });

  it('reports every problem in the file at once', () => {
    expect(() => parse(meetingInput({ date: 'tomorrow', summary: '' }))).toThrow(
      [
        `${FILE}: date: "tomorrow" is not a date written YYYY-MM-DD: write it as YYYY-MM-DD, e.g. 2023-10-09`,
        `${FILE}: summary: cannot be empty`,
      ].join('\n'),
    );
  });
});

describe('withheld content', () => {
  it('keeps only the number, title and reason of a withheld agenda item', () => {
    const meeting = makeMeeting({
      agenda: [
        {
          number: 5,
          title: 'VAWG paper',
          visibility: 'official-sensitive',
          withheldReason: 'The paper cannot be shared outside the Board.',
          summary: 'secret summary',
          overview: 'secret overview',
          forceUpdate: 'secret update',
          pccResponse: 'secret response',
          papers: [{ title: 'secret paper' }],
        },
      ],
    });
    expect(meeting.withheld).toBe(false);
    if (meeting.withheld) return;
    expect(meeting.agenda[0]).toEqual({
      withheld: true,
      number: '5',
      title: 'VAWG paper',
      visibility: 'official-sensitive',
      withheldReason: 'The paper cannot be shared outside the Board.',
    });
    expect(JSON.stringify(meeting)).not.toContain('secret');
  });

  it('keeps only identifying fields of a withheld meeting', () => {
    const meeting = makeMeeting({
      visibility: 'closed-session',
      withheldReason: 'Held in closed session.',
      summary: 'secret summary',
      agenda: [{ number: 1, title: 'secret title' }],
    });
    expect(meeting.withheld).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain('secret');
    expect(meeting).toMatchObject({
      body: 'corporate-governance-board',
      date: '2023-06-21',
      visibility: 'closed-session',
    });
  });

  it('drops the text of a withheld action but keeps its owner and status', () => {
    const meeting = makeMeeting({
      actions: [
        {
          id: 'cgb-x',
          text: 'secret action',
          owner: 'Chief Constable',
          status: 'open',
          visibility: 'closed-session',
          withheldReason: 'Agreed in the closed part.',
        },
      ],
    });
    if (meeting.withheld) throw new Error('meeting should be published');
    expect(meeting.actions[0]).toMatchObject({ withheld: true, owner: 'Chief Constable', status: 'open' });
    expect(JSON.stringify(meeting)).not.toContain('secret');
  });
});
