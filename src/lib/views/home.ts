/**
 * The home page: the latest meetings and decisions, the actions not yet done,
 * the headline measures, and every other register, so that a kind of record
 * added to the registry is listed there without the page being edited.
 */
import type { Register } from '../../collections/definition';
import type { Decision, Meeting, Metric } from '../content/portal';
import { ACTION_STATUS_LABELS, type TrackedAction } from '../rules/actions';
import { formatDate } from '../rules/format';
import { entryPath } from '../../collections';

/** The registers the home page gives a section of its own; every other register is listed under "Also published here". */
export const FEATURED_REGISTERS = ['/meetings/', '/decisions/', '/actions/', '/performance/'];

export interface HomeView {
  latestMeetings: Meeting[];
  latestDecisions: { href: string; title: string; date: string }[];
  openActions: {
    /** "3 actions are not yet complete." */
    sentence: string;
    /** The first few, e.g. "Review the estates strategy (Chief Constable; in progress)". */
    items: string[];
  };
  headlineMetrics: Metric[];
  /** The other registers, in header order. */
  alsoPublished: Register[];
}

const OPEN_ACTIONS_SHOWN = 5;

/** @param meetings and `decisions` in their registers' order, newest first. */
export function homeView(
  content: {
    meetings: readonly Meeting[];
    decisions: readonly Decision[];
    actions: readonly TrackedAction[];
    metrics: readonly Metric[];
  },
  registers: readonly Register[],
): HomeView {
  const open = content.actions.filter((a) => a.status !== 'complete' && a.status !== 'superseded');
  return {
    latestMeetings: content.meetings.slice(0, 4),
    latestDecisions: content.decisions.slice(0, 4).map((d) => ({
      href: entryPath('decisions', d.id),
      title: d.data.title,
      date: formatDate(d.data.date),
    })),
    openActions: {
      sentence: `${open.length} action${open.length === 1 ? ' is' : 's are'} not yet complete.`,
      items: open
        .slice(0, OPEN_ACTIONS_SHOWN)
        .map(
          (a) =>
            `${a.action.withheld ? 'Withheld action' : a.action.text} (${a.action.owner}; ${ACTION_STATUS_LABELS[a.status].toLowerCase()})`,
        ),
    },
    // The measures with the newest figures.
    headlineMetrics: [...content.metrics].sort((a, b) => b.data.dataTo.localeCompare(a.data.dataTo)).slice(0, 3),
    alsoPublished: registers.filter((r) => !FEATURED_REGISTERS.includes(r.href)),
  };
}
