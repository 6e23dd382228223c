/**
 * Starting files for new entries, with today's date, the right file name, and
 * placeholders that say what to write. Every placeholder starts with
 * {@link PLACEHOLDER}, and the content check reports any left in a file, so a
 * starting file cannot be published as it is.
 */
import { stringify } from 'yaml';
import { slugify } from '../rules/meetings';

/** How every placeholder the scaffolder writes begins; the content check looks for it. */
export const PLACEHOLDER = 'Replace with';

export const KINDS = ['meeting', 'decision', 'grant-round', 'hmicfrs', 'metric'] as const;
export type Kind = (typeof KINDS)[number];

export interface ScaffoldOptions {
  /** YYYY-MM-DD, normally today. */
  date: string;
  /** Short title; becomes part of the file name. */
  title?: string | undefined;
  /** Body id, for meetings. */
  body?: string | undefined;
  /** First theme id in the site config, for metrics. */
  theme: string;
}

export interface Scaffold {
  /** Path under the content folder, e.g. "meetings/cgb-2024-05-20.md". */
  path: string;
  text: string;
}

const page = (data: object, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;

const ABBREVIATIONS: Record<string, string> = {
  'police-and-crime-panel': 'pcp',
  'corporate-governance-board': 'cgb',
};

/**
 * A new entry of the given kind.
 *
 * @example scaffold('decision', { date: '2024-05-20', title: 'Estates strategy', theme: 'finance' }).path
 * // => "decisions/2024-05-20-estates-strategy.md"
 */
export function scaffold(kind: Kind, options: ScaffoldOptions): Scaffold {
  const title = options.title ?? `${PLACEHOLDER} the title`;
  const slug = options.title ? slugify(options.title) : 'new-entry';
  const year = Number(options.date.slice(0, 4));
  const month = Number(options.date.slice(5, 7));
  const fyStart = month >= 4 ? year : year - 1;
  const financialYear = `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
  switch (kind) {
    case 'meeting': {
      const body = options.body ?? 'corporate-governance-board';
      const prefix =
        ABBREVIATIONS[body] ??
        slugify(body)
          .split('-')
          .map((w) => w[0])
          .join('');
      return {
        path: `meetings/${prefix}-${options.date}.md`,
        text: page(
          {
            body,
            date: options.date,
            startTime: '10:00',
            venue: `${PLACEHOLDER} the venue`,
            summary: `${PLACEHOLDER} one sentence saying what the meeting covered.`,
            agenda: [
              {
                number: 1,
                title: `${PLACEHOLDER} the first agenda item`,
                summary: `${PLACEHOLDER} what was said and decided.`,
              },
            ],
          },
          `${PLACEHOLDER} a public summary of the meeting in a few short paragraphs.`,
        ),
      };
    }
    case 'decision':
      return {
        path: `decisions/${options.date}-${slug}.md`,
        text: page(
          {
            title,
            date: options.date,
            maker: 'pcc',
            outcome: 'approved',
            summary: `${PLACEHOLDER} the decision in one or two plain-English sentences.`,
          },
          `${PLACEHOLDER} the background and the reasons for the decision.`,
        ),
      };
    case 'grant-round':
      return {
        path: `grant-rounds/${slug}.md`,
        text: page(
          {
            scheme: 'Community Safety Grants',
            title,
            financialYear,
            status: 'planned',
            summary: `${PLACEHOLDER} one sentence about the round.`,
          },
          `${PLACEHOLDER} what the round is for and how to apply.`,
        ),
      };
    case 'hmicfrs':
      return {
        path: `hmicfrs/${slug}.md`,
        text: page(
          {
            title,
            inspectionType: 'thematic',
            published: options.date,
            summary: `${PLACEHOLDER} one sentence on the report and the Commissioner's response.`,
          },
          `${PLACEHOLDER} a summary of the report and the Commissioner's response.`,
        ),
      };
    case 'metric':
      return {
        path: `metrics/${slug}.yaml`,
        text: stringify({
          title,
          definition: `${PLACEHOLDER} what is counted and how, in plain English.`,
          unit: 'count',
          direction: 'no-preference',
          periodType: 'month',
          theme: options.theme,
          source: { title: `${PLACEHOLDER} the source document`, date: options.date },
          dataTo: options.date,
          series: [{ period: options.date.slice(0, 7), value: 0 }],
        }),
      };
  }
}
