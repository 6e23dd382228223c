/**
 * Shared field factories for every content schema.
 *
 * Each factory returns a fresh zod schema with an error message written for the
 * comms staff who edit content: what is wrong and how to fix it.
 */
import { z } from 'zod';
import { explain } from '../domain/explain';
import { describeInput } from '../domain/describe-input';
import { schemaErrorMap } from '../domain/schema-messages';

/**
 * The error for a value that is not what a field expects: what it must be,
 * what was written instead, and how to write it. With nothing written, it
 * says only what is expected (the check turns that into "is missing: add …").
 *
 * @example expecting('a date written YYYY-MM-DD', 'write it as YYYY-MM-DD, e.g. 2023-10-09')({ input: 42 })
 * // => explain("must be a date written YYYY-MM-DD, not the number 42", "write it as YYYY-MM-DD, e.g. 2023-10-09")
 */
export function expecting(what: string, how: string) {
  return (issue: { input?: unknown }): string =>
    issue.input === undefined ? `must be ${what}` : explain(`must be ${what}, not ${describeInput(issue.input)}`, how);
}

/** A calendar date written `YYYY-MM-DD`, e.g. `2023-10-09`. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `y-m-d` names a day that exists (rejects 2023-02-30). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A date written the way the papers write it, as YYYY-MM-DD, for the message
 * that asks for it: "9 October 2023", "Monday 9 October 2023", "9 Oct 2023"
 * and "09/10/2023" (day first, as in the UK). Undefined for anything else.
 *
 * @example isoFromUkDate('Monday 9 October 2023') // => "2023-10-09"
 * @example isoFromUkDate('09/10/2023') // => "2023-10-09"
 */
export function isoFromUkDate(text: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const words = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text.trim());
  const numbers = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  let day: number, month: number, year: number;
  if (words) {
    const index = MONTHS.findIndex((name) => name.startsWith(words[2].toLowerCase()) && words[2].length >= 3);
    if (index < 0) return undefined;
    [day, month, year] = [Number(words[1]), index + 1, Number(words[3])];
  } else if (numbers) {
    [day, month, year] = [Number(numbers[1]), Number(numbers[2]), Number(numbers[3])];
  } else return undefined;
  return isRealDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * A calendar date, stored as the string `YYYY-MM-DD`.
 *
 * YAML turns an unquoted `2023-10-09` into a Date at UTC midnight; both forms are
 * accepted and normalised to the string so that no time zone can shift the day.
 * @example date: 2023-10-09
 */
export function isoDate() {
  return z
    .union([z.date(), z.string()], {
      error: expecting('a date written YYYY-MM-DD', 'write it as YYYY-MM-DD, e.g. 2023-10-09'),
    })
    .transform((value, ctx) => {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      const match = ISO_DATE.exec(text);
      if (!match) {
        const meant = isoFromUkDate(text);
        ctx.addIssue({
          code: 'custom',
          message: meant
            ? explain(`"${text}" is not written YYYY-MM-DD`, `write it as ${meant}`)
            : explain(`"${text}" is not a date written YYYY-MM-DD`, `write it as YYYY-MM-DD, e.g. 2023-10-09`),
        });
        return z.NEVER;
      }
      if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
        ctx.addIssue({
          code: 'custom',
          message: explain(
            `"${text}" is not a real date`,
            `check the day and month, and write it as YYYY-MM-DD, e.g. 2023-10-09`,
          ),
        });
        return z.NEVER;
      }
      return text;
    })
    .meta({ format: 'date, written YYYY-MM-DD', example: '2023-10-09' });
}

/** A month written `YYYY-MM`, e.g. `2024-03`. */
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A date as exact as the papers give it: a day (`2023-10-09`) or, when they
 * give only the month, the month (`2024-03`). Stored as written, so no
 * placeholder day is ever shown; pages print "March 2024".
 * @example date: 2024-03
 */
export function isoDateOrMonth() {
  const day = isoDate();
  return z
    .union([z.date(), z.string()], {
      error: expecting(
        'a date written YYYY-MM-DD, or YYYY-MM when only the month is known',
        'write it as YYYY-MM-DD, e.g. 2023-10-09, or as YYYY-MM, e.g. 2024-03',
      ),
    })
    .transform((value, ctx) => {
      const month = typeof value === 'string' ? ISO_MONTH.exec(value.trim()) : null;
      if (month) {
        if (Number(month[2]) >= 1 && Number(month[2]) <= 12) return value.toString().trim();
        ctx.addIssue({
          code: 'custom',
          message: explain(
            `"${String(value).trim()}" is not a real month`,
            `write the month as 01 to 12, e.g. 2024-03`,
          ),
        });
        return z.NEVER;
      }
      const parsed = day.safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    })
    .meta({ format: 'date, written YYYY-MM-DD, or YYYY-MM when only the month is known', example: '2024-03' });
}

/**
 * A time of day on the 24-hour clock, `HH:MM`.
 * @example startTime: "13:00"
 */
export function timeOfDay() {
  return z
    .string({ error: expecting('a time on the 24-hour clock', 'write it as HH:MM in quotes, e.g. "13:00"') })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: expecting('a time on the 24-hour clock', 'write it as HH:MM in quotes, e.g. "13:00"'),
    })
    .meta({ format: 'time on the 24-hour clock, HH:MM, in quotes', example: '"13:00"' });
}

/**
 * An identifier used in URLs and anchors: lower-case letters, digits and hyphens.
 * @example id: cgb-2023-06-a3
 */
export function slug() {
  return z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: expecting('an id', 'use only lower-case letters, digits and single hyphens, e.g. "cgb-2023-06"'),
    })
    .meta({ format: 'an id of lower-case letters, digits and hyphens', example: 'cgb-2023-06-21' });
}

/** A sum of money in pounds sterling, e.g. `160000` for £160k. */
export function pounds() {
  return z
    .number({ error: expecting('a number of pounds', 'write it without the £ sign or commas, e.g. 160000') })
    .nonnegative({ error: explain('cannot be negative', 'write the amount without a minus sign') })
    .meta({ format: 'pounds, a plain number', example: '160000' });
}

/** A non-empty line of text. */
export function text() {
  return z
    .string()
    .trim()
    .min(1, { error: explain('cannot be empty', 'write the text, or remove the line') })
    .meta({ format: 'text' });
}

/** A web address starting with https:// or http://. */
export function url() {
  return z
    .url({
      protocol: /^https?$/,
      error: expecting('a full web address', 'write it starting with https://'),
    })
    .meta({ format: 'web address starting https://', example: 'https://www.leics.pcc.police.uk' });
}

/** How a source qualifies a figure it gives only approximately: "over 50" is `more-than`. */
export const QUALIFIERS = ['more-than', 'about', 'at-least', 'fewer-than'] as const;

/**
 * A count that the source gives exactly (`52`) or only approximately
 * (`{ value: 50, qualifier: more-than }` for "over 50").
 */
export function approximateCount() {
  return z
    .union([
      z.int().nonnegative(),
      z.strictObject({
        /** The number the source gives. */
        value: z.int().nonnegative(),
        /** How the source qualifies it: "over 50" is `more-than`. */
        qualifier: z.enum(QUALIFIERS),
      }),
    ])
    .meta({
      format: 'a number, or { value, qualifier: more-than | about | at-least | fewer-than }',
      example: '{ value: 50, qualifier: more-than }',
    });
}

/**
 * A sum of money that the source gives exactly (`160000`) or only
 * approximately (`{ value: 500000, qualifier: more-than }` for "over half a
 * million pounds").
 */
export function approximatePounds() {
  return z
    .union([
      pounds(),
      z.strictObject({
        /** The amount the source gives, in pounds. */
        value: pounds(),
        /** How the source qualifies it: "over £0.5m" is `more-than`. */
        qualifier: z.enum(QUALIFIERS),
      }),
    ])
    .meta({
      format: 'pounds, or { value, qualifier: more-than | about | at-least | fewer-than }',
      example: '{ value: 500000, qualifier: more-than }',
    });
}

/**
 * A person, as a plain name (`"Cllr Deborah Taylor"`) or with their role.
 * Always normalised to `{ name, role? }`.
 */
export function person() {
  return z
    .union([
      text(),
      z.strictObject({
        /** Name as it should be printed, e.g. "Rupert Matthews". */
        name: text(),
        /** Their role at this meeting or in this record, e.g. "Police and Crime Commissioner". */
        role: text().optional(),
      }),
    ])
    .transform((value) => (typeof value === 'string' ? { name: value } : value))
    .meta({ format: 'a name, or { name, role }', example: 'Rupert Matthews' });
}

/** Where a fact comes from: a public document, optionally the pages or paragraphs. */
export function source() {
  return z
    .strictObject({
      /** Title of the document, e.g. "Police and Crime Panel agenda pack, 9 October 2023". */
      title: text(),
      /** Link to the document, where it is published online. */
      url: url().optional(),
      /** Pages, paragraphs or item numbers within it, e.g. "Item 9, paragraphs 7-13". */
      location: text().optional(),
    })
    .meta({
      format: '{ title, url?, location? }',
      example: '{ title: Police and Crime Panel agenda pack, 9 October 2023, location: Item 9 }',
    });
}

/**
 * The public documents a record was written from: at least one, for a kind
 * whose every figure must be traceable to a paper.
 *
 * @param what What the sources are, for the fix: "the paper the figures come from".
 */
export function requiredSources(what: string) {
  return z.array(source()).min(1, { error: explain('needs at least one source', `add ${what}`) });
}

/** One entry of a register of gifts and hospitality: what, from whom, when, its value and whether it was accepted. */
export function giftOrHospitality() {
  return z.strictObject({
    /** Day it was given or offered. */
    date: isoDate(),
    /** Who gave or offered it. */
    from: text(),
    /** What it was, e.g. "Dinner at the annual awards". */
    description: text(),
    /** Its value in pounds, when known. */
    value: pounds().optional(),
    /** Whether it was accepted. */
    accepted: z.boolean({ error: explain('must be true or false', 'write accepted: true or accepted: false') }),
    /** Who it was given to, for a register kept for several people, e.g. "Chief Executive". */
    recipient: text().optional(),
  });
}

/** A paper presented at a meeting or attached to a record. */
export function paper() {
  return z
    .strictObject({
      /** Title of the paper, e.g. "Corporate Governance Board summary, March 2023". */
      title: text(),
      /** Who wrote or presented it, e.g. "Chief Constable". */
      reportOf: text().optional(),
      /** Link to the published paper, if there is one, e.g. the agenda pack's PDF. */
      url: url().optional(),
      /** Page of the PDF at `url` where the paper starts; the link then opens at that page. */
      page: z
        .int({ error: expecting('a page number', 'write the number only, e.g. 21') })
        .positive({ error: explain('must be a page number from 1 up', 'write the number only, e.g. 21') })
        .optional(),
      /** Page reference in the agenda pack as printed, e.g. "page 21". */
      pageRef: text().optional(),
    })
    .refine((p) => p.page === undefined || p.url !== undefined, {
      error: explain(
        'has a "page" but no "url"',
        'add the web address of the document the page is in, or remove "page"',
      ),
    })
    .meta({
      format: '{ title, reportOf?, url?, page?, pageRef? }',
      example: '{ title: Estates Insight Report, pageRef: page 99 }',
    });
}

/**
 * One note for readers about a change to a page, e.g.
 * `{ date: 2024-03-01, note: Corrected the amount of the award. }`.
 */
export function changeNote() {
  return z
    .strictObject({
      /** Day the change was published. */
      date: isoDate(),
      /** What changed, in one plain-English sentence for readers, e.g. "Corrected the amount of the award." */
      note: text(),
    })
    .meta({ format: '{ date, note }', example: '{ date: 2024-03-01, note: Corrected the amount of the award. }' });
}

/**
 * The notes that tell readers what changed on a page, shared by every
 * collection: they are its public page history, never the commit subjects.
 * Spread into an object schema.
 *
 * A withheld record keeps none of them: {@link withhold} does not list
 * `changeNotes` among the fields that stay public, because a note about a
 * correction can repeat the withheld text it corrects. A withheld page's
 * history shows dates only.
 */
export function changeNoteFields() {
  return {
    /**
     * Notes for readers about corrections and updates since the page was first published, each with its date. Shown in the page's history and as "Last updated". A commit can give one instead with a `Change-note:` line (see "Telling readers what changed").
     * @example changeNotes: [{ date: 2024-03-01, note: Corrected the amount of the award. }]
     */
    changeNotes: z.array(changeNote()).default([]),
  };
}

/** What {@link labelledEnum} returns: the values, the words pages show for them, and a schema factory. */
export interface LabelledEnum<V extends string> {
  /** The values a content file may use, in order (the order pages and CONTENT.md list them in). */
  readonly values: readonly [V, ...V[]];
  /** How each value reads on a page. */
  readonly labels: Readonly<Record<V, string>>;
  /** A fresh zod enum of the values, carrying the labels (and definitions) for CONTENT.md. */
  schema(): z.ZodEnum<{ [K in V]: K }>;
}

/** The meta a labelled enum's schema carries, read by the content guide. */
// A type, not an interface, so that zod's .meta() (an open record) accepts it.
export type EnumLabelsMeta = {
  labels: Readonly<Record<string, string>>;
  definitions?: Readonly<Record<string, string>> | undefined;
};

/**
 * A set of allowed values defined once with the words pages show for each
 * and, optionally, what each means, so that no label table can fall out of
 * step with its enum. A wrong value gets the portal's usual message (worded
 * by {@link schemaErrorMap}, so it is the same however the schema is parsed).
 *
 * @example
 * const STATUS = labelledEnum({ held: 'Held', 'agenda-only': 'Agenda published' });
 * STATUS.values // => ['held', 'agenda-only']
 * STATUS.labels['agenda-only'] // => "Agenda published"
 * STATUS.schema().default('held')
 */
export function labelledEnum<V extends string>(labels: Record<V, string>): LabelledEnum<V>;
export function labelledEnum<V extends string>(
  labels: Record<V, string>,
  options: { definitions: Record<V, string> },
): LabelledEnum<V> & { readonly definitions: Readonly<Record<V, string>> };
export function labelledEnum<V extends string>(
  labels: Record<V, string>,
  options?: { definitions: Record<V, string> },
): LabelledEnum<V> & { readonly definitions?: Readonly<Record<V, string>> } {
  const values = Object.keys(labels) as V[];
  if (values.length === 0) throw new Error('labelledEnum needs at least one value');
  const definitions = options?.definitions;
  const meta: EnumLabelsMeta = { labels, ...(definitions ? { definitions } : {}) };
  return {
    values: values as [V, ...V[]],
    labels,
    ...(definitions ? { definitions } : {}),
    schema: () => z.enum(values, { error: schemaErrorMap }).meta(meta),
  };
}

/**
 * Visibility levels, each with its plain-English label. Anything other than
 * `official` publishes only its title and the reason it is withheld, never its
 * content.
 */
export const VISIBILITY = labelledEnum({
  official: 'Published',
  'official-sensitive': 'Official Sensitive',
  'closed-session': 'Closed session',
  exempt: 'Exempt information',
  // The source paper itself prints "[Redacted]" and gives no classification: say only that.
  redacted: 'Redacted',
});
export const VISIBILITY_LEVELS = VISIBILITY.values;
export type Visibility = (typeof VISIBILITY_LEVELS)[number];
export const VISIBILITY_LABELS = VISIBILITY.labels;

const SCHEDULE_12A = explain(
  'is not a paragraph of Schedule 12A, which has paragraphs 1 to 7',
  'write the numbers of the paragraphs that apply, e.g. [3]',
);

/**
 * The fields that say whether something may be published. Spread into an
 * object schema and pair with {@link checkWithheldReason}.
 */
export function visibilityFields() {
  return {
    /**
     * Who may read it. `official` is published in full; `official-sensitive`,
     * `closed-session`, `exempt` and `redacted` (blacked out in the source paper,
     * with no classification given) publish the title and the reason only.
     * @default "official"
     */
    visibility: VISIBILITY.schema().default('official'),
    /**
     * Why it is withheld, in plain English, shown to the public in place of the
     * content. Required unless `visibility` is `official`.
     * @example withheldReason: Contains operational detail about live investigations.
     */
    withheldReason: text().optional(),
    /**
     * For `exempt` items, the paragraphs of Schedule 12A to the Local Government
     * Act 1972 that apply, e.g. `[1, 3]`.
     */
    exemptParagraphs: z
      .array(
        z
          .int({ error: expecting('a paragraph number', 'write the numbers of the paragraphs that apply, e.g. [3]') })
          .min(1, { error: SCHEDULE_12A })
          .max(7, { error: SCHEDULE_12A }),
      )
      .optional(),
  };
}

/**
 * Refinement: anything withheld must say why, and a reason or exempt
 * paragraphs on something that is not withheld are a mistake: the likeliest
 * cause is a misspelt or missing `visibility`, which would publish the text.
 */
export function checkWithheldReason(
  value: { visibility: Visibility; withheldReason?: string | undefined; exemptParagraphs?: number[] | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.visibility !== 'official' && !value.withheldReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['withheldReason'],
      message: explain(
        `is required when visibility is "${value.visibility}"`,
        `add a sentence the public will see explaining why this is withheld`,
      ),
    });
  }
  if (value.visibility === 'official' && value.withheldReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['withheldReason'],
      message: explain(
        `is set, but "visibility" is not, so everything here would be published`,
        `add "visibility:" with official-sensitive, closed-session, exempt or redacted to withhold it, or remove the reason`,
      ),
    });
  }
  if (value.visibility !== 'exempt' && value.exemptParagraphs) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptParagraphs'],
      message: explain(
        `are given, but "visibility" is "${value.visibility}", not "exempt"`,
        `set "visibility: exempt" if this is exempt information, or remove the paragraphs`,
      ),
    });
  }
}

/** The identifying fields every withheld record keeps, so the public sees what exists and why it is withheld. */
export const WITHHELD_KEEPS = ['visibility', 'withheldReason', 'exemptParagraphs'] as const;

/**
 * What stays public of a withheld record: each field named with the reason
 * the public may still see it. Listed in CONTENT.md from here.
 */
export type PublicWhenWithheld<K extends string> = Readonly<Record<K, string>>;

/**
 * Drops everything but the named fields from a record that is not `official`,
 * so that withheld text never leaves the schema: not into pages, the search
 * index, feeds or data files. Fields are kept by allow-list, so a field added
 * later is withheld unless someone decides otherwise and says why.
 *
 * @example
 * withhold({ visibility: 'exempt', withheldReason: 'Personal information', title: 'CV', summary: 'secret' }, { title: 'so the public sees what exists' })
 * // => { withheld: true, title: 'CV', visibility: 'exempt', withheldReason: 'Personal information' }
 */
export function withhold<T extends { visibility: Visibility }, K extends keyof T & string>(
  value: T,
  keep: PublicWhenWithheld<K>,
): (T & { withheld: false }) | (Pick<T, K | ((typeof WITHHELD_KEEPS)[number] & keyof T)> & { withheld: true }) {
  if (value.visibility === 'official') return { ...value, withheld: false as const };
  const kept: Partial<T> = {};
  for (const key of [...Object.keys(keep), ...WITHHELD_KEEPS] as (keyof T)[]) {
    if (key in value) kept[key] = value[key];
  }
  return { ...(kept as Pick<T, K | ((typeof WITHHELD_KEEPS)[number] & keyof T)>), withheld: true as const };
}

/**
 * A financial year (April to March) written `YYYY/YY`, e.g. `2022/23`.
 * The second part must be the year after the first.
 */
export function financialYear() {
  return z
    .string({ error: expecting('a financial year', 'write it as YYYY/YY in quotes, e.g. "2022/23"') })
    .regex(/^\d{4}\/\d{2}$/, { error: expecting('a financial year', 'write it as YYYY/YY in quotes, e.g. "2022/23"') })
    .refine((fy) => (Number(fy.slice(0, 4)) + 1) % 100 === Number(fy.slice(5)), {
      error: explain(
        'must cover two consecutive years',
        'write the year after the first, e.g. "2022/23" (not "2022/24")',
      ),
    })
    .meta({ format: 'financial year, written YYYY/YY in quotes', example: '"2022/23"' });
}
