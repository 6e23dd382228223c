import { describe, expect, it } from 'vitest';
import { parseWithFriendlyErrors } from '../../../src/domain/friendly-errors';
import { annualReportSchema } from '../../../src/collections/annual-reports/schema';
import { bodySchema } from '../../../src/collections/bodies/schema';
import { decisionSchema } from '../../../src/collections/decisions/schema';
import { grantRoundSchema } from '../../../src/collections/grant-rounds/schema';
import { hmicfrsSchema } from '../../../src/collections/hmicfrs/schema';
import { siteConfigSchema } from '../../../src/schemas/site';

const decision = {
  title: 'Section 106 funding for five electric vehicles',
  date: '2023-09-25',
  maker: 'board',
  outcome: 'agreed',
  summary: 'The Board agreed £160k of Section 106 funding for five electric vehicles.',
  amount: 160000,
};

describe('decision schema', () => {
  it('accepts a valid decision', () => {
    expect(decisionSchema.parse(decision)).toMatchObject({ withheld: false, amount: 160000 });
  });
  it('errors on an amount written as text', () => {
    expect(() => parseWithFriendlyErrors(decisionSchema, { ...decision, amount: '£160k' }, 'd.md')).toThrow(
      'd.md: amount: must be a number of pounds, not "£160k": write it without the £ sign or commas, e.g. 160000',
    );
  });
  it('withholds an exempt decision down to its title, date and maker', () => {
    const parsed = decisionSchema.parse({
      ...decision,
      visibility: 'exempt',
      withheldReason: 'Commercial',
      exemptParagraphs: [3],
    });
    expect(parsed).toEqual({
      withheld: true,
      title: decision.title,
      date: decision.date,
      maker: 'board',
      visibility: 'exempt',
      withheldReason: 'Commercial',
      exemptParagraphs: [3],
    });
  });
});

describe('grant round schema', () => {
  const round = {
    scheme: 'Community Safety Grants',
    title: 'Round 1',
    financialYear: '2023/24',
    status: 'assessing',
    summary: 'First round.',
    opens: '2023-07-03',
    closes: '2023-07-31',
  };
  it('accepts approximate application counts', () => {
    expect(
      grantRoundSchema.parse({ ...round, applicationsReceived: { value: 50, qualifier: 'more-than' } }),
    ).toMatchObject({
      applicationsReceived: { value: 50, qualifier: 'more-than' },
    });
  });
  it('errors when the round closes before it opens', () => {
    expect(() => parseWithFriendlyErrors(grantRoundSchema, { ...round, closes: '2023-06-30' }, 'g.md')).toThrow(
      'g.md: closes: is before "opens" (2023-07-03): check both dates',
    );
  });
  it('errors on a financial year that spans two years', () => {
    expect(() => parseWithFriendlyErrors(grantRoundSchema, { ...round, financialYear: '2023/25' }, 'g.md')).toThrow(
      'g.md: financialYear: must cover two consecutive years: write the year after the first, e.g. "2022/23" (not "2022/24")',
    );
  });
});

describe('HMICFRS schema', () => {
  const report = {
    title: 'Digital forensics',
    inspectionType: 'thematic',
    summary: 'Summary.',
    published: '2022-12-01',
  };
  it('errors when the response predates the report', () => {
    expect(() =>
      parseWithFriendlyErrors(hmicfrsSchema, { ...report, responsePublished: '2022-11-01' }, 'h.md'),
    ).toThrow('h.md: responsePublished: is before the report was published (2022-12-01): check both dates');
  });
  it('errors on a grade outside the HMICFRS scale', () => {
    expect(() =>
      parseWithFriendlyErrors(
        hmicfrsSchema,
        { ...report, grades: [{ area: 'Crime recording', grade: 'excellent' }] },
        'h.md',
      ),
    ).toThrow(
      'h.md: grades[0].grade: "excellent" is not an allowed value: use one of: outstanding, good, adequate, requires-improvement, inadequate',
    );
  });
});

describe('annual report, body and site config schemas', () => {
  it('requires draft or final status', () => {
    expect(() =>
      parseWithFriendlyErrors(
        annualReportSchema,
        {
          title: 'Annual Report',
          financialYear: '2022/23',
          author: 'Rupert Matthews',
          status: 'published',
          date: '2023-10-09',
          summary: 'S',
        },
        'a.md',
      ),
    ).toThrow('a.md: status: "published" is not an allowed value: use one of: draft, final');
  });
  it('requires a body kind from the list', () => {
    expect(() =>
      parseWithFriendlyErrors(
        bodySchema,
        { name: 'X', shortName: 'X', kind: 'club', purpose: 'P', access: 'public' },
        'b.md',
      ),
    ).toThrow(
      'b.md: kind: "club" is not an allowed value: use one of: scrutiny-panel, governance-board, advisory-panel, partnership-board',
    );
  });
  it('rejects a site config without themes or with a bad colour', () => {
    const config = {
      url: 'https://example.org',
      office: { name: 'Office', shortName: 'O' },
      commissioner: { name: 'C' },
      area: 'A',
      force: { name: 'F' },
      comparisonGroup: { name: 'G' },
      contact: { email: 'a@example.org' },
      themes: [],
      colours: { primary: 'blue' },
    };
    expect(() => parseWithFriendlyErrors(siteConfigSchema, config, 'site.yaml')).toThrow(
      [
        'site.yaml: themes: needs at least one Police and Crime Plan theme: add one with an id and a label',
        'site.yaml: colours.primary: must be a colour, not "blue": write it as # and six hex digits, in quotes, e.g. "#1d4f91"',
      ].join('\n'),
    );
  });
});

describe('the site address', () => {
  const config = (url: string) => ({
    url,
    office: { name: 'Office', shortName: 'O' },
    commissioner: { name: 'C' },
    area: 'A',
    force: { name: 'F' },
    comparisonGroup: { name: 'G' },
    contact: { email: 'a@example.org' },
    themes: [{ id: 'victims', label: 'Victims' }],
    colours: { primary: '#1d4f91' },
  });
  it('may have a path to publish under, kept without its trailing slash', () => {
    expect(siteConfigSchema.parse(config('https://opcc.github.io/portal/')).url).toBe('https://opcc.github.io/portal');
    expect(siteConfigSchema.parse(config('https://example.org')).url).toBe('https://example.org');
  });
  it('refuses a path a site cannot be published under, or a query', () => {
    for (const url of ['https://example.org/a b/', 'https://example.org/<script>/', 'https://example.org/?q=1']) {
      expect(() => parseWithFriendlyErrors(siteConfigSchema, config(url), 'site.yaml'), url).toThrow(
        'site.yaml: url: may have a path only of letters, digits, hyphens and slashes, with no ? or #',
      );
    }
  });
});

describe('dates as exact as the papers give them', () => {
  it('keeps a month-only date as the month, with no made-up day', () => {
    expect(decisionSchema.parse({ ...decision, date: '2024-03' })).toMatchObject({ date: '2024-03' });
  });
  it('still accepts a full date, written or as YAML reads it', () => {
    expect(decisionSchema.parse({ ...decision, date: new Date('2024-03-12T00:00:00Z') }).date).toBe('2024-03-12');
  });
  it('rejects a month that does not exist, saying how to write one', () => {
    expect(() => parseWithFriendlyErrors(decisionSchema, { ...decision, date: '2024-13' }, 'd.md')).toThrow(
      'd.md: date: "2024-13" is not a real month: write the month as 01 to 12, e.g. 2024-03',
    );
  });
  it('explains both forms when the date is written another way', () => {
    expect(() => parseWithFriendlyErrors(decisionSchema, { ...decision, date: 'March 2024' }, 'd.md')).toThrow(
      /"March 2024" is not a date written YYYY-MM-DD/,
    );
  });
});

describe('HMICFRS timeliness as a paper reports it', () => {
  const report = {
    title: 'Digital forensics',
    inspectionType: 'thematic',
    summary: 'An inspection.',
    published: '2022-12-01',
  };
  const source = { title: 'Board summary, April 2023', location: 'section 9' };
  it('accepts a reported status with its source', () => {
    expect(hmicfrsSchema.parse({ ...report, reportedTimeliness: { status: 'on-time', source } })).toMatchObject({
      reportedTimeliness: { status: 'on-time', source },
    });
  });
  it('rejects a reported status that the recorded dates contradict', () => {
    expect(() =>
      parseWithFriendlyErrors(
        hmicfrsSchema,
        { ...report, responsePublished: '2023-02-10', reportedTimeliness: { status: 'on-time', source } },
        'h.md',
      ),
    ).toThrow('reportedTimeliness.status: says "on-time", but the dates make the response late');
  });
});
