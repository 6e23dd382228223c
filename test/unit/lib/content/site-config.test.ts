import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../../../src/lib/content/site-config';

const work = mkdtempSync(join(tmpdir(), 'portal-site-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadSiteConfig', () => {
  it('loads a file once and hands every caller the same config', () => {
    const first = loadSiteConfig('content/site.yaml');
    expect(loadSiteConfig(join(process.cwd(), 'content/site.yaml'))).toBe(first);
    expect(first.themes.length).toBeGreaterThan(0);
  });

  it('keeps each file apart, so fixture sites get their own config', () => {
    const own = loadSiteConfig('content/site.yaml');
    const fixture = loadSiteConfig('test/fixtures/withheld-site/site.yaml');
    expect(fixture).not.toBe(own);
    expect(loadSiteConfig('test/fixtures/withheld-site/site.yaml')).toBe(fixture);
  });

  it('freezes the shared config, so that no caller can change it under the others', () => {
    const config = loadSiteConfig('content/site.yaml');
    expect(() => (config.themes as unknown[]).push({ id: 'x', label: 'X' })).toThrow(TypeError);
    expect(Object.isFrozen(config.office)).toBe(true);
  });

  it('reads the file again once it has changed', () => {
    const file = join(work, 'site.yaml');
    copyFileSync('content/site.yaml', file);
    const before = loadSiteConfig(file);
    writeFileSync(file, '# A comment that changes the file.\n', { flag: 'a' });
    const after = loadSiteConfig(file);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });

  it('gives every caller the same readable error for a broken file, and loads it once fixed', () => {
    const file = join(work, 'broken.yaml');
    writeFileSync(file, 'url: not a url\n');
    const message = `${file}:1: url: must be a full web address, not "not a url": write it starting with https://`;
    expect(() => loadSiteConfig(file)).toThrow(message);
    expect(() => loadSiteConfig(file)).toThrow(message);
    copyFileSync('content/site.yaml', file);
    expect(loadSiteConfig(file).url).toBe(loadSiteConfig('content/site.yaml').url);
  });
});
