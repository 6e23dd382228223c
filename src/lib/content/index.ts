/**
 * The one place pages get content from. Collections are queried once per
 * build, checked for broken cross-references, sorted, and handed out as
 * ready-made lists; pages never call getCollection themselves.
 */
import type { ReportedYear } from '../rules/hmicfrs';
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from '../../collections';
import { sentence } from '../../domain/explain';
import { contentDir } from './paths';
import { site } from './site';
import { type History, loadGitHistory } from './git-history';
import { type TrackedAction, trackPublishedActions } from '../rules/actions';
import { formatDate } from '../rules/format';
import type { Body, Entries, Meeting, Portal, PublishedMeeting } from './portal';
import { type EntryRef, findReferenceProblems, type PortalEntries } from '../rules/references';

export type {
  AnnualReport,
  Body,
  Decision,
  GrantRound,
  Hmicfrs,
  Meeting,
  Metric,
  Portal,
  PublishedMeeting,
} from './portal';
import { entryPath } from '../../collections';

const asRef = (entry: { id: string; filePath?: string | undefined; data: object }): EntryRef => ({
  id: entry.id,
  filePath: entry.filePath ?? entry.id,
  data: entry.data as Record<string, unknown>,
});

/** True when a meeting is published in full. */
export function isPublished(meeting: Meeting): meeting is PublishedMeeting {
  return !meeting.data.withheld;
}

async function loadPortal(): Promise<Portal> {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  // A kind with no folder yet has no entries (asked for, Astro would warn that the collection is empty).
  const loaded = await Promise.all(
    names.map((name) =>
      existsSync(`${contentDir}/${COLLECTIONS[name].folder}`) ? getCollection(name) : Promise.resolve([]),
    ),
  );
  // Each collection in its kind's order, once, so that no page sorts a whole collection again.
  // A union of every kind's comparator cannot be called on a union of entries; each is called on its own kind.
  const compareOf = (name: CollectionName) => COLLECTIONS[name].compare as (a: unknown, b: unknown) => number;
  const entries = Object.fromEntries(
    names.map((name, i) => [name, [...(loaded[i] ?? [])].sort(compareOf(name))]),
  ) as unknown as Entries;
  const { bodies, meetings, decisions } = entries;

  const problems = findReferenceProblems(
    Object.fromEntries(names.map((name) => [name, entries[name].map(asRef)])) as unknown as PortalEntries,
    site.themes.map((t) => t.id),
  );
  if (problems.length > 0) {
    const lines = problems.map((p) => `${p.file}: ${p.field}: ${sentence(p)}`);
    throw new Error(`Content has ${problems.length} broken reference(s):\n${lines.join('\n')}`);
  }

  const actions = trackPublishedActions(meetings);
  const bodyNames = new Map(bodies.map((b) => [b.id, b.data.shortName]));
  const meetingLabels = new Map(
    meetings.map((m) => [
      m.id,
      `${m.data.title ?? bodyNames.get(m.data.body) ?? m.data.body}, ${formatDate(m.data.date)}`,
    ]),
  );
  const actionsRaisedAt = new Map<string, TrackedAction[]>();
  const actionsUpdatedAt = new Map<string, TrackedAction[]>();
  for (const tracked of actions) {
    actionsRaisedAt.set(tracked.raisedAt.id, [...(actionsRaisedAt.get(tracked.raisedAt.id) ?? []), tracked]);
    for (const meetingId of new Set(tracked.history.slice(1).map((h) => h.meeting))) {
      if (meetingId !== tracked.raisedAt.id)
        actionsUpdatedAt.set(meetingId, [...(actionsUpdatedAt.get(meetingId) ?? []), tracked]);
    }
  }
  return {
    ...entries,
    actions,
    meetingsById: new Map(meetings.map((m) => [m.id, m])),
    decisionsById: new Map(decisions.map((d) => [d.id, d])),
    meetingLabels,
    actionsRaisedAt,
    actionsUpdatedAt,
  };
}

let cached: Promise<Portal> | undefined;

/** All content, loaded and checked once per build. */
export function getPortal(): Promise<Portal> {
  cached ??= loadPortal();
  return cached;
}

/** The body with this id; the reference checks guarantee it exists. */
export function bodyOf(portal: Portal, id: string): Body {
  const body = portal.bodies.find((b) => b.id === id);
  if (!body) throw new Error(`No body "${id}"`);
  return body;
}

/**
 * Each year's on-time record of HMICFRS responses as the Commissioner's
 * published annual report states it, with the report as its source.
 */
export function reportedHmicfrsYears(portal: Portal): ReportedYear[] {
  return portal['annual-reports'].flatMap((report) => {
    const data = report.data;
    if (data.withheld || !data.hmicfrsResponses) return [];
    const { responses, onTime, location } = data.hmicfrsResponses;
    return [
      {
        year: data.financialYear,
        responses,
        onTime,
        source: { title: data.title, url: entryPath('annual-reports', report.id), location },
      },
    ];
  });
}

/** Page title of a meeting: its own title, or the body's short name. */
export function meetingName(portal: Portal, meeting: Meeting): string {
  return meeting.data.title ?? bodyOf(portal, meeting.data.body).data.shortName;
}

let history: History | undefined;

/** Git history of the content files, read once per build. */
export function getHistory(): History {
  history ??= loadGitHistory(contentDir);
  return history;
}
