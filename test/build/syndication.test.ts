/**
 * Feeds, calendars and open data from the real build, read with real parsers
 * (an XML parser, an iCalendar parser, a CSV parser) and checked against the
 * content: counts match, dates are right in UK time across the change to and
 * from summer time, and links resolve.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from '../../src/collections';
import { contentDir } from '../../src/lib/content/paths';
import { loadSiteConfig } from '../../src/lib/content/site';
import { checkContent } from '../../src/lib/checks';
import { precisionOf } from '../../src/lib/rules/format';
import { formatFileSize } from '../../src/lib/syndication/file-size';
import type { MeetingData } from '../../src/collections/meetings/schema';
import { walk } from '../support/dist-files';
import { DIST } from '../support/site';

const site = loadSiteConfig();
const { entries } = checkContent(
  contentDir,
  site.themes.map((t) => t.id),
);
const meetings = entries.meetings.map((m) => ({ id: m.id, data: m.data as unknown as MeetingData }));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

interface RssItem {
  title: string;
  link: string;
  /** Absent for an item known only to the month. */
  pubDate?: string;
  description: string;
}
const feed = (path: string) => {
  const xml = new XMLParser().parse(read(path)) as { rss: { channel: { title: string; item?: RssItem | RssItem[] } } };
  const items = xml.rss.channel.item;
  return { title: xml.rss.channel.title, items: items === undefined ? [] : Array.isArray(items) ? items : [items] };
};
const pageExists = (url: string) => existsSync(join(DIST, new URL(url).pathname, 'index.html'));

describe('feeds', () => {
  it('the meetings feed has every meeting, newest first, with working permalinks', () => {
    const { items } = feed('feeds/meetings.xml');
    expect(items).toHaveLength(meetings.length);
    expect(items[0].title).toBe('Corporate Governance Board, March 2024');
    expect(items.every((item) => item.link.startsWith(site.url) && pageExists(item.link))).toBe(true);
    const dates = items.flatMap((i) => (i.pubDate === undefined ? [] : [new Date(i.pubDate).getTime()]));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('the everything feed holds every dated entry of every kind with a register', () => {
    // A feed item needs a date: an entry the papers give none (a deputy whose start is not known) has no item.
    const dated = (name: CollectionName) => {
      const display = (COLLECTIONS[name] as CollectionDefinition).display;
      return entries[name].filter((entry) => !display || display.date(entry) !== undefined).length;
    };
    const total = (Object.keys(COLLECTIONS) as CollectionName[])
      .filter((name) => COLLECTIONS[name].registers.length > 0)
      .reduce((sum, name) => sum + dated(name), 0);
    expect(feed('feeds/all.xml').items).toHaveLength(total);
    expect(feed('feeds/decisions.xml').items).toHaveLength(entries.decisions.length);
  });

  it('each body has a feed of its own meetings', () => {
    const panel = meetings.filter((m) => m.data.body === 'police-and-crime-panel');
    const { items, title } = feed('feeds/bodies/police-and-crime-panel.xml');
    expect(title).toContain('Police and Crime Panel');
    expect(items).toHaveLength(panel.length);
  });

  it('every feed parses, and every item links to a page that exists', () => {
    const feeds = [...walk(join(DIST, 'feeds'))].filter((f) => f.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThanOrEqual(7 + entries.bodies.length);
    for (const file of feeds) {
      const { title, items } = feed(file.slice(DIST.length + 1));
      expect(title, file).toBeTruthy();
      expect(
        items.filter((item) => !pageExists(item.link)).map((i) => i.link),
        file,
      ).toEqual([]);
      // An item known only to the month has no pubDate (RSS dates are instants) and says its month instead.
      for (const item of items) {
        expect(item.description, item.link).not.toBe('');
        if (item.pubDate === undefined) expect(item.description, item.link).toMatch(/^[A-Z][a-z]+ \d{4}\. /);
        else expect(Number.isNaN(new Date(item.pubDate).getTime()), item.link).toBe(false);
      }
    }
  });

  it('every page links its feeds from the head', () => {
    expect(read('meetings/index.html')).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(read('meetings/index.html')).toContain('href="/feeds/meetings.xml"');
  });
});

describe('calendars', () => {
  const events = (path: string) =>
    new ICAL.Component(ICAL.parse(read(path)) as unknown[]).getAllSubcomponents('vevent');
  const start = (event: ICAL.Component) =>
    (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString();

  it('/meetings.ics has every meeting known to the day and the next announced one, with a stable UID each', () => {
    const all = events('meetings.ics');
    const recorded = all.filter((e) => !String(e.getFirstPropertyValue('uid')).startsWith('next-'));
    expect(recorded).toHaveLength(meetings.filter((m) => precisionOf(m.data.date) === 'day').length);
    // The Panel's 9 October 2023 papers announce its next meeting: 13 December 2023 at 1pm.
    const announced = all.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('next-'));
    expect(announced.map((e) => start(e))).toEqual(['2023-12-13T13:00:00.000Z']);
    const uids = all.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain(`pcp-2023-10-09@${new URL(site.url).hostname}`);
  });

  it('puts a 1pm meeting at 12:00 UTC in summer time and 13:00 UTC in winter', () => {
    const byUid = new Map(events('meetings.ics').map((e) => [String(e.getFirstPropertyValue('uid')).split('@')[0], e]));
    expect(start(byUid.get('pcp-2023-10-09')!)).toBe('2023-10-09T12:00:00.000Z');
    expect(start(byUid.get('pcp-2015-03-23')!)).toBe('2015-03-23T13:00:00.000Z');
  });

  it('carries the venue, agenda link and webcast link', () => {
    const event = events('meetings.ics').find((e) =>
      String(e.getFirstPropertyValue('uid')).startsWith('pcp-2023-10-09'),
    )!;
    expect(event.getFirstPropertyValue('location')).toContain('City Hall');
    expect(event.getFirstPropertyValue('description')).toContain(`${site.url}/meetings/pcp-2023-10-09/`);
    expect(event.getFirstPropertyValue('description')).toMatch(/Webcast: https?:\/\//);
  });

  it('every event has an end, after its start', () => {
    for (const event of events('meetings.ics')) {
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time | null;
      expect(end, String(event.getFirstPropertyValue('uid'))).not.toBeNull();
      expect(end!.toJSDate().getTime()).toBeGreaterThan(
        (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
      );
    }
  });

  it('every calendar parses with an iCalendar parser', () => {
    const calendars = [...walk(DIST)].filter((f) => f.endsWith('.ics'));
    expect(calendars.length).toBe(1 + entries.bodies.length);
    for (const file of calendars) expect(() => events(file.slice(DIST.length + 1)), file).not.toThrow();
  });

  it('each body has its own calendar', () => {
    const board = meetings.filter(
      (m) => m.data.body === 'corporate-governance-board' && precisionOf(m.data.date) === 'day',
    );
    expect(events('bodies/corporate-governance-board/meetings.ics')).toHaveLength(board.length);
  });
});

describe('open data', () => {
  const catalogue = JSON.parse(read('data/datapackage.json')) as {
    resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
  };

  it('lists every dataset in a Frictionless data package', () => {
    expect(catalogue.resources.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'meetings',
        'agenda-items',
        'actions',
        'decisions',
        'grant-rounds',
        'grant-awards',
        'hmicfrs',
        'hmicfrs-recommendations',
        'metrics',
      ]),
    );
  });

  // Every dataset in the catalogue, a new kind's included.
  it.each(catalogue.resources.map((r) => r.name))(
    '%s: the CSV parses, has the catalogue fields, and matches the JSON',
    (name) => {
      const rows = parseCsv<Record<string, string>>(read(`data/${name}.csv`), { columns: true });
      const json = JSON.parse(read(`data/${name}.json`)) as {
        rows: Record<string, unknown>[];
        licence: { name: string };
      };
      const fields = catalogue.resources.find((r) => r.name === name)!.schema.fields.map((f) => f.name);
      expect(rows).toHaveLength(json.rows.length);
      if (rows.length > 0) expect(Object.keys(rows[0])).toEqual(fields);
      expect(json.licence.name).toBe('Open Government Licence v3.0');
      expect(read('data/index.html')).toContain(`href="/data/${name}.csv"`);
    },
  );

  it('shows beside each download link the size of the file it downloads', () => {
    const links = [...walk(DIST)]
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => [
        ...readFileSync(file, 'utf8').matchAll(
          /<a href="\/data\/([a-z-]+\.(?:csv|json))" download[^>]*>[^<]*<span[^>]*> \(([^)]+)\)/g,
        ),
      ]);
    expect(links.length).toBeGreaterThan(10);
    for (const [, file, shown] of links) expect(shown).toBe(formatFileSize(statSync(join(DIST, 'data', file)).size));
  });

  it('has a row per meeting, decision and metric figure, and withheld items with their reason only', () => {
    const count = (name: string) => parseCsv<Record<string, string>>(read(`data/${name}.csv`), { columns: true });
    expect(count('meetings')).toHaveLength(entries.meetings.length);
    expect(count('decisions')).toHaveLength(entries.decisions.length);
    // One row per figure a metric page shows: each value, each comparison value, the target and the baseline.
    const figures = entries.metrics.reduce((n, m) => {
      const d = m.data as {
        series: unknown[];
        comparisons?: { series: unknown[] }[];
        target?: unknown;
        baseline?: unknown;
      };
      const comparisons = (d.comparisons ?? []).reduce((k, c) => k + c.series.length, 0);
      return n + d.series.length + comparisons + (d.target ? 1 : 0) + (d.baseline ? 1 : 0);
    }, 0);
    expect(count('metrics')).toHaveLength(figures);
    const sensitive = count('agenda-items').filter((r) => r.visibility === 'official-sensitive');
    expect(sensitive.length).toBeGreaterThan(0);
    expect(sensitive.every((r) => r.withheld_reason !== '' && r.summary === '' && r.presenter === '')).toBe(true);
  });
});

describe('discoverability', () => {
  it('has robots.txt pointing at the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${site.url}/sitemap-index.xml`);
  });

  it('gives pages Open Graph and Twitter card metadata and a canonical URL', () => {
    const html = read('decisions/2024-03-reserves-strategy/index.html');
    expect(html).toContain('<meta property="og:title" content="Reserves Strategy adopted"');
    expect(html).toContain('<meta name="twitter:card" content="summary"');
    expect(html).toContain(`<link rel="canonical" href="${site.url}/decisions/2024-03-reserves-strategy/"`);
  });

  it('describes meetings as schema.org Events and measures as Datasets', () => {
    const ld = (path: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read(path))?.[1] ?? '{}') as Record<
        string,
        unknown
      >;
    expect(ld('meetings/pcp-2023-10-09/index.html')).toMatchObject({
      '@type': 'Event',
      startDate: '2023-10-09T12:00:00.000Z',
    });
    expect(ld('performance/999-calls/index.html')).toMatchObject({ '@type': 'Dataset', name: '999 calls received' });
  });
});
