/**
 * Cross-reference checks that a single file's schema cannot make: that every
 * id a file points to exists, that ids are unique, and that themes are known.
 * Each problem names the file and field, what is wrong and how to fix it.
 */

import type { Explanation } from '../../domain/explain';
import type { CollectionName } from '../../collections';
import { agendaItemAnchor } from './meetings';
import { closestIds } from '../../domain/suggest';

/** What the checks need of an entry: its id, file and parsed data. */
export interface EntryRef {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
}

/** Every collection's entries, keyed by folder as in the registry. */
export type PortalEntries = Record<CollectionName, readonly EntryRef[]>;

type Records = readonly Record<string, unknown>[];

const list = (value: unknown): Records => (Array.isArray(value) ? (value as Records) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** A broken reference: the file and field that refer, what is wrong and how to fix it. */
export interface ReferenceProblem extends Explanation {
  file: string;
  /** The field's path as written in messages, e.g. `agenda[2].decisions[0]`. */
  field: string;
}

/**
 * Lists every broken reference, duplicate id and unknown theme across the content.
 *
 * @example findReferenceProblems(entries, ['vawg'])[0]
 * // => { file: 'content/meetings/cgb-2023-03-20.md', field: 'body', problem: '"cgb" is not a known body', fix: 'use …' }
 */
export function findReferenceProblems(entries: PortalEntries, themeIds: readonly string[]): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (entry: EntryRef, field: string, problem: string, fix: string) =>
    problems.push({ file: entry.filePath, field, problem, fix });
  const ids = (refs: readonly EntryRef[]) => new Set(refs.map((r) => r.id));
  const bodyIds = ids(entries.bodies);
  const meetingIds = ids(entries.meetings);
  const decisionIds = ids(entries.decisions);
  const themes = new Set(themeIds);

  const expect = (entry: EntryRef, field: string, value: unknown, known: Set<string>, what: string, folder: string) => {
    if (typeof value !== 'string') return;
    if (!known.has(value)) {
      const suggestions = closestIds(value, known);
      const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}?)` : '';
      report(
        entry,
        field,
        `"${value}" is not a known ${what}`,
        `use the file name (without extension) of an entry in content/${folder}/${hint}`,
      );
    }
  };
  const expectThemes = (entry: EntryRef, field: string, value: unknown) => {
    for (const theme of typeof value === 'string' ? [value] : strings(value)) {
      if (!themes.has(theme)) {
        report(entry, field, `"${theme}" is not a theme in the site config`, `use one of: ${[...themes].join(', ')}`);
      }
    }
  };

  for (const body of entries.bodies) expect(body, 'replaces', body.data.replaces, bodyIds, 'body', 'bodies');

  const actionOwners = new Map<string, string>();
  for (const meeting of entries.meetings) {
    const { data } = meeting;
    expect(meeting, 'body', data.body, bodyIds, 'body', 'bodies');
    expectThemes(meeting, 'themes', data.themes);
    const anchors = new Set<string>();
    list(data.agenda).forEach((item, i) => {
      const anchor = agendaItemAnchor({
        id: typeof item.id === 'string' ? item.id : undefined,
        number: typeof item.number === 'string' ? item.number : undefined,
        title: String(item.title),
      });
      if (anchors.has(anchor)) {
        report(meeting, `agenda[${i}]`, `item "${anchor}" appears twice`, 'give each item its own number or id');
      }
      anchors.add(anchor);
      strings(item.decisions).forEach((d, j) =>
        expect(meeting, `agenda[${i}].decisions[${j}]`, d, decisionIds, 'decision', 'decisions'),
      );
      expectThemes(meeting, `agenda[${i}].themes`, item.themes);
    });
    list(data.actions).forEach((action, i) => {
      const id = String(action.id);
      const other = actionOwners.get(id);
      if (other) {
        report(
          meeting,
          `actions[${i}].id`,
          `"${id}" is already used in ${other}`,
          'give this action an id of its own: action ids must be unique across the site',
        );
      } else actionOwners.set(id, meeting.filePath);
    });
  }
  for (const meeting of entries.meetings) {
    list(meeting.data.actionUpdates).forEach((update, i) => {
      if (!actionOwners.has(String(update.action))) {
        const suggestions = closestIds(String(update.action), actionOwners.keys());
        const hint =
          suggestions.length > 0 ? ` (did you mean ${suggestions.map((id) => `"${id}"`).join(' or ')}?)` : '';
        report(
          meeting,
          `actionUpdates[${i}].action`,
          `"${String(update.action)}" is not the id of any action`,
          `copy the id from the meeting that raised it${hint}`,
        );
      }
    });
  }

  for (const decision of entries.decisions) {
    expect(decision, 'body', decision.data.body, bodyIds, 'body', 'bodies');
    expect(decision, 'meeting', decision.data.meeting, meetingIds, 'meeting', 'meetings');
    expectThemes(decision, 'themes', decision.data.themes);
  }
  for (const report of entries['annual-reports']) {
    expect(report, 'presentedAt', report.data.presentedAt, meetingIds, 'meeting', 'meetings');
    expectThemes(report, 'themes', report.data.themes);
  }
  for (const round of entries['grant-rounds']) {
    expectThemes(round, 'themes', round.data.themes);
    list(round.data.awards).forEach((award, i) => expectThemes(round, `awards[${i}].theme`, award.theme));
  }
  for (const report of entries.hmicfrs) {
    strings(report.data.meetings).forEach((m, i) =>
      expect(report, `meetings[${i}]`, m, meetingIds, 'meeting', 'meetings'),
    );
    list(report.data.recommendations).forEach((rec, i) =>
      strings(rec.meetings).forEach((m, j) =>
        expect(report, `recommendations[${i}].meetings[${j}]`, m, meetingIds, 'meeting', 'meetings'),
      ),
    );
    expectThemes(report, 'themes', report.data.themes);
  }
  for (const metric of entries.metrics) expectThemes(metric, 'theme', metric.data.theme);
  return problems;
}
