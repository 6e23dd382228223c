/**
 * Feed items for every collection, as each kind's registry entry describes
 * them (its `feed`, or for a kind the standard pages show, its `display`):
 * title, summary, date and permalink. A withheld entry appears with its title
 * and the reason it is withheld.
 */
import rss from '@astrojs/rss';
import { escapeUTF8 } from 'entities';
import type { Meeting, Portal } from '../content';
import { formatDate, precisionOf } from '../rules/format';
import { type StandardKind, standardKinds, withheldReason } from '../views/standard-kinds';
import { COLLECTIONS, type CollectionName } from '../../collections';
import {
  type CollectionDefinition,
  type Entry,
  type Feed,
  type FeedContext,
  summaryOrReason,
} from '../../collections/definition';

export interface FeedItem {
  title: string;
  description: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  link: string;
  categories: string[];
}

/** The kinds with a feed of their own in the registry, in registry order. */
const OWN = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((name) => {
  const kind: CollectionDefinition = COLLECTIONS[name];
  return kind.feed ? [{ name, kind, feed: kind.feed }] : [];
});

/** The kinds the standard pages show each have a feed too, named by their route: /feeds/contracts.xml. */
const STANDARD = standardKinds();

/** The feeds the portal publishes, at /feeds/<id>.xml, with their titles. */
export const FEEDS: Readonly<Record<string, string>> = {
  all: 'Everything published',
  ...Object.fromEntries(OWN.map(({ feed }) => [feed.id, feed.title])),
  ...Object.fromEntries(STANDARD.map((s) => [s.segment, s.label])),
};
export type FeedId = string;

/** What a kind's feed items may look up in other kinds. */
function contextOf(portal: Portal): FeedContext {
  return {
    meetingLabel: (id) => portal.meetingLabels.get(id),
    bodyName: (id) => portal.bodies.find((b) => b.id === id)?.data.shortName,
  };
}

/** One entry's feed item, as its kind's registry entry describes it. */
function ownItem(kind: CollectionDefinition & { feed: Feed }, entry: Entry, context: FeedContext): FeedItem {
  const { categories = [], ...item } = kind.feed.item(entry, context);
  return { ...item, link: `${kind.route}${entry.id}/`, categories: [kind.entryLabel, ...categories] };
}

/** A meeting's feed item, for the feeds of each body's meetings. */
export function meetingItem(portal: Portal, meeting: Meeting): FeedItem {
  return ownItem(COLLECTIONS.meetings, meeting, contextOf(portal));
}

/** A feed item of a kind the standard pages show, from what its registry entry says to display; undated entries have none. */
export function standardItems(portal: Portal, { name, kind, display, entryPath }: StandardKind): FeedItem[] {
  return (portal[name] as Entry[]).flatMap((entry) => {
    const date = display.date(entry);
    if (!date) return [];
    const reason = withheldReason(entry);
    return [
      {
        title: display.title(entry),
        description: summaryOrReason({
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
  const context = contextOf(portal);
  const parts: Record<string, () => FeedItem[]> = {
    ...Object.fromEntries(
      OWN.map(({ name, kind, feed }) => [
        feed.id,
        () => (portal[name] as Entry[]).map((entry) => ownItem({ ...kind, feed }, entry, context)),
      ]),
    ),
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
      // In full: the feed writer resolves a root-relative link against the site's host alone, which would
      // drop the path of a site published under one (a GitHub project page).
      link: `${options.siteUrl}${item.link}`,
      categories: item.categories,
    })),
    customData: '<language>en-gb</language>',
  });
}
