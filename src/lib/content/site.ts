/**
 * The office's site config, loaded and validated once per build and shared
 * with the integrations and scripts (see `load-site-config.ts`).
 */
import type { SiteConfig } from '../../schemas/site';
import { loadSiteConfig } from './site-config';
import { basePathOf } from '../../domain/base-path';

export { loadSiteConfig } from './site-config';

export const site: SiteConfig = loadSiteConfig();

/** The path the site is published under: "/", or a project page's "/<repo>/" (see src/domain/base-path.ts). */
export const basePath: string = basePathOf(site.url);
