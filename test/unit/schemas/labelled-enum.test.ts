/**
 * labelledEnum: one definition gives the allowed values, the words pages show
 * for them (and what each means), and a zod enum that tells an author who
 * writes something else what to write instead.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { explained } from '../../../src/domain/explain';
import { parseFriendly } from '../../../src/domain/friendly-errors';
import { labelledEnum } from '../../../src/schemas/fields';
import {
  ACTION_STATUS,
  ACTION_STATUS_DEFINITIONS,
  ACTION_STATUS_LABELS,
} from '../../../src/collections/meetings/schema';

const STATUS = labelledEnum({
  scheduled: 'Scheduled',
  held: 'Held',
  'agenda-only': 'Agenda published; the minutes are not published here',
});

const GRADE = labelledEnum(
  { good: 'Good', inadequate: 'Inadequate' },
  { definitions: { good: 'Meets the standard.', inadequate: 'Falls well short of it.' } },
);

describe('labelledEnum', () => {
  it('gives the values in the order they are written, each with its label', () => {
    expect(STATUS.values).toEqual(['scheduled', 'held', 'agenda-only']);
    expect(STATUS.labels['agenda-only']).toBe('Agenda published; the minutes are not published here');
    expect(STATUS.labels.held).toBe('Held');
  });

  it('gives definitions only when they are given', () => {
    expect(GRADE.definitions.inadequate).toBe('Falls well short of it.');
    expect('definitions' in STATUS).toBe(false);
  });

  it('makes a fresh schema on every call, accepting exactly the values', () => {
    expect(STATUS.schema()).not.toBe(STATUS.schema());
    expect(STATUS.schema().parse('agenda-only')).toBe('agenda-only');
    expect(STATUS.schema().default('held').parse(undefined)).toBe('held');
    expect(STATUS.schema().safeParse('Held').success).toBe(false);
  });

  it('tells the author what to write instead of a wrong value, with the nearest value when there is one', () => {
    const schema = z.strictObject({ status: STATUS.schema() });
    expect(parseFriendly(schema, { status: 'agenda only' })).toEqual({
      success: false,
      issues: [
        {
          path: ['status'],
          problem: '"agenda only" is not an allowed value',
          fix: 'did you mean "agenda-only"? Use one of: scheduled, held, agenda-only',
        },
      ],
    });
    expect(parseFriendly(schema, { status: 42 })).toMatchObject({
      issues: [{ problem: 'the number 42 is not an allowed value', fix: 'use one of: scheduled, held, agenda-only' }],
    });
    expect(parseFriendly(schema, {})).toMatchObject({
      issues: [{ problem: 'is missing', fix: 'add "status:" followed by one of: scheduled, held, agenda-only' }],
    });
  });

  it('words the message the same way when parsed without the portal’s error map', () => {
    const result = STATUS.schema().safeParse('postponed');
    expect(explained(result.error?.issues[0]?.message ?? '')).toEqual({
      problem: '"postponed" is not an allowed value',
      fix: 'use one of: scheduled, held, agenda-only',
    });
  });

  it('refuses an enum with no values', () => {
    expect(() => labelledEnum({})).toThrow('labelledEnum needs at least one value');
  });

  it('types the values, labels and parsed data from the keys', () => {
    expectTypeOf(STATUS.values).toEqualTypeOf<
      readonly ['scheduled' | 'held' | 'agenda-only', ...('scheduled' | 'held' | 'agenda-only')[]]
    >();
    expectTypeOf<(typeof STATUS.values)[number]>().toEqualTypeOf<'scheduled' | 'held' | 'agenda-only'>();
    expectTypeOf<z.infer<ReturnType<typeof STATUS.schema>>>().toEqualTypeOf<'scheduled' | 'held' | 'agenda-only'>();
    expectTypeOf(GRADE.labels).toEqualTypeOf<Readonly<Record<'good' | 'inadequate', string>>>();
    // A definitions table must cover every value and nothing else.
    // @ts-expect-error "inadequate" has no definition
    labelledEnum({ good: 'Good', inadequate: 'Inadequate' }, { definitions: { good: 'Meets the standard.' } });
    // @ts-expect-error "outstanding" is not a value
    labelledEnum({ good: 'Good' }, { definitions: { good: 'Meets the standard.', outstanding: 'Exceeds it.' } });
  });
});

describe('action statuses', () => {
  it('keep their label and definition beside the value', () => {
    expect(ACTION_STATUS_LABELS['awaiting-sign-off']).toBe('Awaiting sign-off');
    expect(ACTION_STATUS_DEFINITIONS['awaiting-sign-off']).toBe(
      'The owner reports it done; the Board has not yet agreed that it is complete.',
    );
    expect(Object.keys(ACTION_STATUS_DEFINITIONS)).toEqual([...ACTION_STATUS.values]);
  });
});
