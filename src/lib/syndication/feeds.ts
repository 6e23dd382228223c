/**
 * Feed items for every collection: title, summary, date and permalink. A
 * withheld entry appears with its title and the reason it is withheld.
 */
import rss from '@astrojs/rss';
import { escapeUTF8 } from 'entities';
import type { AnnualReport, Decision, GrantRound, Hmicfrs, Meeting, Metric, Portal } from '../content';
import { formatDate, precisionOf } from '../rules/format';
import { type StandardKind, standardKinds, withheldReason } from '../views/standard-kinds';
import { takeaway } from '../rules/takeaway';
import { COLLECTIONS } from '../../collections';
import type { Entry } from '../../collections/definition';

export interface FeedItem {
  title: string;
  description: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  link: string;
  categories: string[];
}

/** The feeds of the kinds with pages of their own. */
const OWN_FEEDS = {
  meetings: 'Meetings',
  decisions: 'Decisions',
  'annual-reports': 'Annual reports',
  grants: 'Grant rounds',
  hmicfrs: 'HMICFRS inspections and responses',
  performance: 'Performance measures',
} as const;

/** The kinds the standard pages show each have a feed too, named by their route: /feeds/contracts.xml. */
const STANDARD = standardKinds();

/** The feeds the portal publishes, at /feeds/<id>.xml, with their titles. */
export const FEEDS: Readonly<Record<string, string>> = {
  all: 'Everything published',
  ...OWN_FEEDS,
  ...Object.fromEntries(STANDARD.map((s) => [s.segment, s.label])),
};
export type FeedId = string;

const summaryOf = (data: { withheld: boolean; withheldReason?: string | undefined; summary?: string }) =>
  data.withheld ? `Withheld from publication. ${data.withheldReason ?? ''}`.trim() : (data.summary ?? '');

export function meetingItem(portal: Portal, meeting: Meeting): FeedItem {
  const body = portal.bodies.find((b) => b.id === meeting.data.body);
  return {
    title: portal.meetingLabels.get(meeting.id) ?? meeting.id,
    description: summaryOf(meeting.data),
    date: meeting.data.date,
    link: `/meetings/${meeting.id}/`,
    categories: [COLLECTIONS.meetings.entryLabel, body?.data.shortName ?? meeting.data.body],
  };
}

const decisionItem = (d: Decision): FeedItem => ({
  title: d.data.title,
  description: summaryOf(d.data),
  date: d.data.date,
  link: `/decisions/${d.id}/`,
  categories: [COLLECTIONS.decisions.entryLabel],
});
const reportItem = (r: AnnualReport): FeedItem => ({
  title: r.data.title,
  description: summaryOf(r.data),
  date: r.data.date,
  link: `/annual-reports/${r.id}/`,
  categories: [COLLECTIONS['annual-reports'].entryLabel],
});
const grantItem = (g: GrantRound): FeedItem => ({
  title: g.data.title,
  description: summaryOf(g.data),
  date: (!g.data.withheld && g.data.opens) || `${g.data.financialYear.slice(0, 4)}-04-01`,
  link: `/grants/${g.id}/`,
  categories: [COLLECTIONS['grant-rounds'].entryLabel],
});
const hmicfrsItem = (h: Hmicfrs): FeedItem => ({
  title: h.data.title,
  description: summaryOf(h.data),
  date:
    (!h.data.withheld && h.data.responsePublished) ||
    h.data.published ||
    `${(h.data.responseYear ?? '1970').slice(0, 4)}-04-01`,
  link: `/hmicfrs/${h.id}/`,
  categories: [COLLECTIONS.hmicfrs.entryLabel],
});
const metricItem = (m: Metric): FeedItem => ({
  title: m.data.title,
  description: takeaway(m.data),
  date: m.data.dataTo,
  link: `/performance/${m.id}/`,
  categories: [COLLECTIONS.metrics.entryLabel],
});

/** A feed item of a kind the standard pages show, from what its registry entry says to display; undated entries have none. */
export function standardItems(portal: Portal, { name, kind, display, entryPath }: StandardKind): FeedItem[] {
  return (portal[name] as Entry[]).flatMap((entry) => {
    const date = display.date(entry);
    if (!date) return [];
    const reason = withheldReason(entry);
    return [
      {
        title: display.title(entry),
        description: summaryOf({
          withheld: reason !== undefined,
          withheldReason: reason,
          summary: display.summary(entry),
        }),
        date,
        link: entryPath(entry.id),
        categories: [kind.entryLabel],
      },
    ];
  });
}

/** Items of one feed, newest first. */
export function feedItems(portal: Portal, feed: FeedId): FeedItem[] {
  const parts: Record<string, () => FeedItem[]> = {
    meetings: () => portal.meetings.map((m) => meetingItem(portal, m)),
    decisions: () => portal.decisions.map(decisionItem),
    'annual-reports': () => portal['annual-reports'].map(reportItem),
    grants: () => portal['grant-rounds'].map(grantItem),
    hmicfrs: () => portal.hmicfrs.map(hmicfrsItem),
    performance: () => portal.metrics.map(metricItem),
    ...Object.fromEntries(STANDARD.map((s) => [s.segment, () => standardItems(portal, s)])),
  };
  const items = feed === 'all' ? Object.values(parts).flatMap((make) => make()) : (parts[feed]?.() ?? []);
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
}

/** An RSS 2.0 response for a feed of the site. */
export function feedResponse(options: {
  title: string;
  description: string;
  siteUrl: string;
  items: FeedItem[];
}): Promise<Response> {
  return rss({
    title: options.title,
    description: escapeUTF8(options.description),
    site: options.siteUrl,
    items: options.items.map((item) => ({
      title: item.title,
      // RSS readers show an item's description as HTML, so the plain text is escaped
      // as HTML here (and again as XML by the feed writer): "<b>" in a summary reads as text.
      description: escapeUTF8(
        precisionOf(item.date) === 'day' ? item.description : `${formatDate(item.date)}. ${item.description}`,
      ),
      // RSS dates are instants; a month-only date has none, so it gets no pubDate rather than a made-up day.
      pubDate: precisionOf(item.date) === 'day' ? new Date(`${item.date}T00:00:00Z`) : undefined,
      link: item.link,
      categories: item.categories,
    })),
    customData: '<language>en-gb</language>',
  });
}
