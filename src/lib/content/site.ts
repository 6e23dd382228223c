/**
 * The office's site config, loaded and validated once per build and shared
 * with the integrations and scripts (see `load-site-config.ts`).
 */
import type { SiteConfig } from '../../schemas/site';
import { loadSiteConfig } from './site-config';

export { loadSiteConfig } from './site-config';

export const site: SiteConfig = loadSiteConfig();
