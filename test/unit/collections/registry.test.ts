import { describe, expect, it } from 'vitest';
import { COLLECTIONS, REGISTERS } from '../../../src/collections';
import { byOrder, type CollectionDefinition, newestFirst } from '../../../src/collections/definition';

const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('the collection registry', () => {
  it('names each kind once, from folder to Astro collection, and gives each a route of its own', () => {
    for (const [name, kind] of Object.entries(COLLECTIONS)) expect(kind.folder).toBe(name);
    const routes = Object.values(COLLECTIONS).map((kind) => kind.route);
    expect(new Set(routes).size).toBe(routes.length);
    for (const route of routes) expect(route).toMatch(/^\/[a-z-]+\/$/);
  });

  it('lists every register once, in header order: the launch registers in their order, any new one in its place', () => {
    const labels = REGISTERS.map((r) => r.label);
    const launch = ['Meetings', 'Decisions', 'Actions', 'Performance', 'Inspections', 'Grants', 'Annual reports'];
    expect(labels.filter((label) => launch.includes(label))).toEqual(launch);
    expect(REGISTERS.map((r) => r.order)).toEqual([...REGISTERS.map((r) => r.order)].sort((a, b) => a - b));
    expect(new Set(REGISTERS.map((r) => r.href)).size).toBe(REGISTERS.length);
  });
});

describe('what each kind gives the feeds', () => {
  it('gives every kind with a register a feed: its own, or from its display when the standard pages show it', () => {
    for (const [name, kind] of Object.entries(COLLECTIONS) as [string, CollectionDefinition][]) {
      if (kind.registers.length === 0) continue;
      expect(Boolean(kind.feed) !== Boolean(kind.display), `${name} has exactly one source of feed items`).toBe(true);
    }
  });

  it('gives every kind with a register open data: its own tables, one from its display, or both', () => {
    for (const [name, kind] of Object.entries(COLLECTIONS) as [string, CollectionDefinition][]) {
      if (kind.registers.length === 0 || name === 'annual-reports') continue;
      expect(Boolean(kind.datasets) || Boolean(kind.display), `${name} publishes open data`).toBe(true);
    }
  });

  it('gives each feed an address of its own', () => {
    const ids = Object.values(COLLECTIONS as Record<string, CollectionDefinition>).flatMap((kind) =>
      kind.feed ? [kind.feed.id] : [],
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+$/);
  });
});

describe('ordering', () => {
  it('newestFirst puts the newest first, ties by id, without changing the input', () => {
    const input = [
      { id: 'a', data: { date: '2015-01-29' } },
      { id: 'c', data: { date: '2023-10-09' } },
      { id: 'b', data: { date: '2023-10-09' } },
    ];
    const copy = structuredClone(input);
    expect(ids([...input].sort(newestFirst((e) => e.data.date)))).toEqual(['b', 'c', 'a']);
    expect(input).toEqual(copy);
  });

  it('byOrder follows the order field, then the id', () => {
    const input = [
      { id: 'z', data: { order: 2 } },
      { id: 'b', data: { order: 1 } },
      { id: 'a', data: { order: 1 } },
    ];
    expect(ids([...input].sort(byOrder))).toEqual(['a', 'b', 'z']);
  });

  it('grant rounds: newest financial year first, then its rounds in order', () => {
    const round = (id: string, financialYear: string, round?: number) => ({ id, data: { financialYear, round } });
    const sorted = [
      round('a', '2022/23', 2),
      round('b', '2023/24', 2),
      round('c', '2023/24', 1),
      round('d', '2022/23'),
    ];
    const compare = COLLECTIONS['grant-rounds'].compare as (a: unknown, b: unknown) => number;
    expect(ids(sorted.sort(compare))).toEqual(['c', 'b', 'd', 'a']);
  });

  it('HMICFRS reports: newest publication first, a report known only by its response year among them', () => {
    const report = (id: string, published?: string, responseYear?: string) => ({
      id,
      data: { published, responseYear },
    });
    const sorted = [report('old', '2019-05-01'), report('year', undefined, '2022'), report('new', '2023-02-01')];
    const compare = COLLECTIONS.hmicfrs.compare as (a: unknown, b: unknown) => number;
    expect(ids(sorted.sort(compare))).toEqual(['new', 'year', 'old']);
  });
});
