import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_FILE, dropDataStoreOfOtherCode } from '../../../../src/lib/content/data-store';

const folderWithStore = () => {
  const folder = mkdtempSync(join(tmpdir(), 'data-store-'));
  writeFileSync(join(folder, DATA_STORE_FILE), '{}');
  return folder;
};

describe("Astro's data store", () => {
  it('is removed when no code is known to have made it, as after an upgrade to this rule', () => {
    const folder = folderWithStore();
    expect(dropDataStoreOfOtherCode(folder, 'code-a')).toBe(true);
    expect(existsSync(join(folder, DATA_STORE_FILE))).toBe(false);
  });

  it('is kept while the code stays the same, and removed when it changes', () => {
    const folder = folderWithStore();
    dropDataStoreOfOtherCode(folder, 'code-a');
    writeFileSync(join(folder, DATA_STORE_FILE), '{}'); // Astro writes it again during the build.
    expect(dropDataStoreOfOtherCode(folder, 'code-a')).toBe(false);
    expect(existsSync(join(folder, DATA_STORE_FILE))).toBe(true);
    expect(dropDataStoreOfOtherCode(folder, 'code-b')).toBe(true);
    expect(existsSync(join(folder, DATA_STORE_FILE))).toBe(false);
  });

  it('needs nothing in a cache folder that does not exist yet', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'data-store-')), 'cache');
    expect(dropDataStoreOfOtherCode(folder, 'code-a')).toBe(false);
    expect(dropDataStoreOfOtherCode(folder, 'code-a')).toBe(false);
  });
});
