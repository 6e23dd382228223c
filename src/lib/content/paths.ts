/**
 * Where content lives. Tests and other offices point the build at another
 * folder with PORTAL_CONTENT_DIR (and at another site config with
 * PORTAL_SITE_CONFIG) instead of editing code.
 */
import { resolve } from 'node:path';

export const contentDir = resolve(process.env.PORTAL_CONTENT_DIR ?? 'content');
export const siteConfigPath = resolve(process.env.PORTAL_SITE_CONFIG ?? `${contentDir}/site.yaml`);
