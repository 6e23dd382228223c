import { describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentLoader, skippingUnchanged } from '../../../../src/lib/content/loader';

describe('contentLoader', () => {
  it('loads no entries, and warns of nothing, when an office has no folder for a kind yet', async () => {
    const store = { clear: vi.fn(), set: vi.fn() };
    const logger = { warn: vi.fn(), error: vi.fn(), info: vi.fn(), debug: vi.fn() };
    await contentLoader('/no/such/folder/contracts', ['.md']).load({ store, logger } as unknown as LoaderContext);
    expect(store.clear).toHaveBeenCalled();
    expect(store.set).not.toHaveBeenCalled();
    expect(logger.warn).not.toHaveBeenCalled();
  });
});

describe('skippingUnchanged', () => {
  const digest = (text: string) => `d:${text.length}:${text}`;
  const contents = '---\ntitle: Board\n---\nText';
  const fileUrl = new URL('file:///site/content/meetings/2023/board-2023-03-20.md');
  /** An entry type that records each file it parses. */
  const parsing = () => {
    const parsed: string[] = [];
    const type = {
      getEntryInfo: ({ contents: text }: { contents: string }) => {
        parsed.push(text);
        return Promise.resolve({ data: { title: 'Board' }, body: 'Text' });
      },
    };
    return { parsed, types: new Map([['.md', type]]) };
  };
  const storeWith = (entry?: { digest?: string; filePath?: string }) => ({
    get: (id: string) => (id === 'board-2023-03-20' ? entry : undefined) as never,
  });

  it('does not parse a file whose stored entry has the same digest', async () => {
    const { parsed, types } = parsing();
    const wrapped = skippingUnchanged(types, storeWith({ digest: digest(contents), filePath: 'm.md' }), digest);
    await wrapped.get('.md')!.getEntryInfo({ contents, fileUrl });
    expect(parsed).toEqual([]);
  });

  it('parses a changed file, a new one, and one stored without its path, as Astro would', async () => {
    for (const store of [
      storeWith({ digest: digest('---\ntitle: Old\n---\n'), filePath: 'm.md' }),
      storeWith(undefined),
      storeWith({ digest: digest(contents) }),
    ]) {
      const { parsed, types } = parsing();
      const info = await skippingUnchanged(types, store, digest).get('.md')!.getEntryInfo({ contents, fileUrl });
      expect(parsed).toEqual([contents]);
      expect(info).toEqual({ data: { title: 'Board' }, body: 'Text' });
    }
  });
});
