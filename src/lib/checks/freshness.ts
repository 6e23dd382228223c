/**
 * The publication duties that are overdue at the check's date, and monthly
 * ones with nothing for the last finished month, as warnings on
 * the folder of the kind that publishes each (see src/data/statutory-duties.ts
 * and the statutory index page). Only duties with a home here can be late.
 */
import { join } from 'node:path';
import { COLLECTIONS } from '../../collections';
import { DUTIES, type DutyEntries, dutyState } from '../../data/statutory-duties';
import { displayPath } from '../content/files';
import type { ContentIssue } from './issue';

export function overdueDutyWarnings(entries: DutyEntries, today: string, contentDir: string): ContentIssue[] {
  return DUTIES.flatMap((duty) => {
    if (!duty.home) return [];
    const state = dutyState(duty, entries, today);
    // A monthly register is worth a word as soon as a finished month has nothing, before it is overdue.
    const late = state.status === 'overdue' || (state.status === 'due' && duty.frequency === 'monthly');
    if (!late) return [];
    return [
      {
        file: displayPath(join(contentDir, COLLECTIONS[duty.home.kind].folder)),
        field: '(register)',
        problem: `the duty to publish "${duty.duty}" (${duty.source}) is ${state.status} on ${today}: ${state.why}`,
        fix: 'add the entries that are missing, or check the dates of the latest ones',
        severity: 'warning' as const,
      },
    ];
  });
}
