import { describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentLoader } from '../../../../src/lib/content/loader';

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
