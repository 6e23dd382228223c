/**
 * For browser tests: serves a built site and starts Chromium once per test
 * file, with one page to use, and closes both afterwards.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './server';
import { DIST } from './site';

export interface BuiltSite {
  server: StaticServer;
  browser: Browser;
  page: Page;
}

/** Registers the set-up and tear-down hooks; the returned object is filled in before the tests run. */
export function useBuiltSite(dist: string = DIST): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.server = await serveStatic(dist);
    site.browser = await launchBrowser();
    site.page = await site.browser.context.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
