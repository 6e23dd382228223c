import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CollectionDefinition } from '../../../../src/collections';
import { newestFirst } from '../../../../src/collections/definition';
import { standardDataset } from '../../../../src/lib/syndication/open-data';
import { standardItems } from '../../../../src/lib/syndication/feeds';
import type { Portal } from '../../../../src/lib/content/portal';
import { standardKinds, withheldReason } from '../../../../src/lib/views/standard-kinds';

type Contract = {
  id: string;
  data: { title: string; awarded?: string; summary: string; withheld: boolean; withheldReason?: string };
};
const contracts = {
  folder: 'contracts',
  extensions: ['.md'],
  schema: z.unknown(),
  copyFields: ['title'],
  route: '/contracts/',
  entryLabel: 'Contract',
  registers: [{ href: '/contracts/', label: 'Contracts', description: 'contracts over £10,000', order: 65 }],
  compare: newestFirst<Contract>((c) => c.data.awarded ?? ''),
  display: {
    intro: 'Contracts over £10,000.',
    title: (c: Contract) => c.data.title,
    date: (c: Contract) => c.data.awarded,
    summary: (c: Contract) => c.data.summary,
  },
} satisfies CollectionDefinition;
const withPages = { ...contracts, folder: 'reports', route: '/reports/', pages: { list: 'a', entry: 'b' } };

describe('standardKinds', () => {
  it('is the kinds that say how to display them and have no pages of their own, by route', () => {
    const kinds = standardKinds({ contracts, reports: withPages });
    expect(kinds.map((k) => [k.name, k.segment])).toEqual([['contracts', 'contracts']]);
  });
});

describe('a standard kind’s feed', () => {
  const entries: Contract[] = [
    { id: 'fleet', data: { title: 'Fleet', awarded: '2024-04-02', summary: 'Servicing.', withheld: false } },
    {
      id: 'secret',
      data: {
        title: 'Estates',
        awarded: '2024-05-01',
        summary: 'SECRET',
        withheld: true,
        withheldReason: 'Commercially sensitive.',
      },
    },
    { id: 'undated', data: { title: 'Undated', summary: 'No date.', withheld: false } },
  ];
  const [standard] = standardKinds({ contracts });
  const items = standardItems({ contracts: entries } as unknown as Portal, standard);

  it('gives each dated entry its title, summary, date, address and type', () => {
    expect(items[0]).toEqual({
      title: 'Fleet',
      description: 'Servicing.',
      date: '2024-04-02',
      link: '/contracts/fleet/',
      categories: ['Contract'],
    });
  });

  it('gives a withheld entry its reason, never its summary', () => {
    expect(items[1]?.description).toBe('Withheld from publication. Commercially sensitive.');
    expect(JSON.stringify(items)).not.toContain('SECRET');
    expect(withheldReason(entries[1])).toBe('Commercially sensitive.');
  });

  it('leaves out an entry with no date, which a feed cannot place', () => {
    expect(items.map((i) => i.link)).not.toContain('/contracts/undated/');
  });
});

describe('a standard kind’s open data', () => {
  const withFacts = {
    ...contracts,
    withholding: [{ what: 'a contract', path: '', publicFields: { title: 'The title.' } }],
    display: {
      ...contracts.display,
      facts: (c: Contract) => [['Supplier (registered name)', c.data.title.toUpperCase()]] as const,
    },
  };
  const [standard] = standardKinds({ contracts: withFacts });
  const entries = [
    {
      id: 'fleet',
      data: { title: 'Fleet', awarded: '2024-04-02', summary: 'Servicing.', withheld: false, visibility: 'official' },
    },
    {
      id: 'estates',
      data: {
        title: 'Estates',
        awarded: '2024-05-01',
        summary: 'SECRET',
        withheld: true,
        visibility: 'exempt',
        withheldReason: 'Commercially sensitive.',
      },
    },
  ];
  const data = standardDataset(
    { contracts: entries } as unknown as Portal,
    standard,
    (path) => `https://x.example${path}`,
  );

  it('has a row per entry with what its page shows, each fact a column', () => {
    expect(data.id).toBe('contracts');
    expect(data.fields.map((field) => field.name)).toEqual([
      'id',
      'url',
      'title',
      'date',
      'summary',
      'supplier',
      'visibility',
      'withheld_reason',
    ]);
    expect(data.rows[0]).toMatchObject({
      id: 'fleet',
      url: 'https://x.example/contracts/fleet/',
      summary: 'Servicing.',
      supplier: 'FLEET',
    });
  });

  it('gives a withheld entry its title, date and reason, and none of its withheld fields', () => {
    expect(data.rows[1]).toMatchObject({
      title: 'Estates',
      date: '2024-05-01',
      summary: null,
      supplier: null,
      withheld_reason: 'Commercially sensitive.',
    });
    expect(JSON.stringify(data.rows)).not.toContain('SECRET');
  });
});
