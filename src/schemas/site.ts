/**
 * The office's site config: everything that makes the portal this office's
 * rather than another's. Another OPCC reuses the code by writing its own file.
 */
import { z } from 'zod';
import { explain } from '../domain/explain';
import { expecting, slug, text, url } from './fields';

/** A site address whose path (if any) is letters, digits, hyphens and slashes: one a site can be published under. */
const isPlainPath = (address: string) =>
  /^\/([a-z0-9-]+\/)*[a-z0-9-]*$/i.test(new URL(address).pathname) && !/[?#]/.test(address);

const hexColour = () =>
  z.string().regex(/^#[0-9a-fA-F]{6}$/, {
    error: expecting('a colour', 'write it as # and six hex digits, in quotes, e.g. "#1d4f91"'),
  });

export const siteConfigSchema = z.strictObject({
  /**
   * Address the site is published at, used for canonical links, the sitemap
   * and the feeds; a path in it (https://opcc.github.io/portal) is the path
   * every page is published under.
   */
  url: url()
    .refine((address) => !URL.canParse(address) || isPlainPath(address), {
      error: explain(
        'may have a path only of letters, digits, hyphens and slashes, with no ? or #',
        'write the address the site is published at, e.g. https://transparency.example.police.uk or https://opcc.github.io/portal',
      ),
    })
    .transform((address) => address.replace(/\/+$/, '')),
  /** The office, e.g. "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland". */
  office: z.strictObject({
    /** Full name of the office. */
    name: text(),
    /** Short name for the header and page titles, e.g. "Leicestershire OPCC". */
    shortName: text(),
    /** The office's main website. */
    website: url().optional(),
  }),
  /** The Commissioner in office, e.g. `{ name: Rupert Matthews, since: 2021-05-13 }`. */
  commissioner: z.strictObject({
    /** The title used locally, e.g. "Police and Crime Commissioner". */
    title: text().default('Police and Crime Commissioner'),
    /** Name of the Commissioner. */
    name: text(),
  }),
  /** The policing area in words, e.g. "Leicester, Leicestershire and Rutland". */
  area: text(),
  /** The force the Commissioner holds to account. */
  force: z.strictObject({
    /** e.g. "Leicestershire Police". */
    name: text(),
    /** e.g. "Chief Constable Rob Nixon". */
    chiefOfficer: text().optional(),
  }),
  /** The group of forces used for comparisons, e.g. the iQuanta most similar group. */
  comparisonGroup: z.strictObject({
    /** Name of the group, e.g. "Most similar group (iQuanta)". */
    name: text(),
    /** Forces in the group, this force included. */
    members: z.array(text()).default([]),
  }),
  /** How the public reach the office. */
  contact: z.strictObject({
    /** Public email address, e.g. "OPCC@leics.police.uk". */
    email: z.email({ error: expecting('an email address', 'write it in full, e.g. opcc@example.org') }),
    /** Public telephone number, as it should be printed. */
    phone: text().optional(),
    /** Postal address on one line. */
    address: text().optional(),
  }),
  /** Police and Crime Plan themes used to tag content, in display order. */
  themes: z
    .array(
      z.strictObject({
        /** Stable identifier used in content files, e.g. `vawg`. */
        id: slug(),
        /** Label shown to readers, e.g. "Violence against women and girls". */
        label: text(),
      }),
    )
    .min(1, { error: explain('needs at least one Police and Crime Plan theme', 'add one with an id and a label') }),
  /** Hosts content may embed with an <iframe>, e.g. the council's webcast host. @default [] */
  embedHosts: z.array(text()).default([]),
  /** Brand colours; the defaults pass WCAG AA contrast on white. */
  colours: z
    .strictObject({
      /** Header and link colour; must contrast 4.5:1 with white. */
      primary: hexColour().default('#1d4f91'),
      /** Accent used for focus outlines and highlights. */
      accent: hexColour().default('#ffbf47'),
    })
    .default({ primary: '#1d4f91', accent: '#ffbf47' }),
  /**
   * The browser editor at /admin/, which saves each change as a pull request
   * to the repository the site is built from.
   */
  editor: z
    .strictObject({
      /**
       * The GitHub repository, `owner/name`. When it is not given, a build on
       * GitHub Actions uses the repository it is building.
       */
      repository: z
        .string()
        .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, {
          error: expecting('a GitHub repository', 'write it as owner/name, e.g. opcc/transparency-portal'),
        })
        .optional(),
      /** The branch the site is published from. */
      branch: text().default('main'),
      /**
       * The address of the OAuth client that signs editors in with GitHub
       * (Decap's `base_url`), needed unless the site is hosted on Netlify.
       */
      authUrl: url().optional(),
    })
    .default({ branch: 'main' }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
