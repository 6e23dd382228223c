/**
 * A corpus of the mistakes content authors really make, each a folder of
 * files under test/fixtures/mistakes/ laid over the withheld fixture site.
 * For each one, what `npm run check` must say is written out here in full:
 * file and line, field, what is wrong, and how to fix it. Nothing else may
 * be reported, and the last few (encodings editors write, a subfolder) must
 * be accepted as they are.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentIssue } from '../../src/lib/checks';

const BASE = 'test/fixtures/withheld-site';
const MISTAKES = 'test/fixtures/mistakes';
const OPTIONS = { embedHosts: ['webcasts.example.org'], today: '2024-06-30' };

/** `[file:line, field, what is wrong, how to fix it, severity]`, as the report prints them. */
type Expected = [string, string, string, string | undefined, ('error' | 'warning')?];

const NOT_A_FIELD = (key: string, meant: string): Expected[number][] => [
  `"${key}" is not a field here`,
  `did you mean "${meant}"? Rename it, or remove the line`,
];
const REASON_WITHOUT_VISIBILITY: [string, string] = [
  'is set, but "visibility" is not, so everything here would be published',
  'add "visibility:" with official-sensitive, closed-session, exempt or redacted to withhold it, or remove the reason',
];
const VISIBILITIES = 'official, official-sensitive, closed-session, exempt, redacted';
const SPENDING_HEADERS =
  '"Date", "Supplier", "Amount", "Category", "Purpose", "Value for money", "Reference", "Service area", "Withheld reason"';
const KEEP_ON_FILE = 'keep it here only if the office needs it on file';

const EXPECTED: Record<string, Expected[]> = {
  // Keys and values that, misspelt, would have published withheld text.
  '01-misspelt-visibility-on-a-decision': [
    ['decisions/2024-02-01-legal-advice.md:7', 'visiblity', ...NOT_A_FIELD('visiblity', 'visibility')] as Expected,
    ['decisions/2024-02-01-legal-advice.md:8', 'withheldReason', ...REASON_WITHOUT_VISIBILITY],
    [
      'decisions/2024-02-01-legal-advice.md:9',
      'exemptParagraphs',
      'are given, but "visibility" is "official", not "exempt"',
      'set "visibility: exempt" if this is exempt information, or remove the paragraphs',
    ],
  ],
  '02-misspelt-visibility-on-an-action': [
    ['meetings/board-2024-03-06.md:9', 'actions[0].visibilty', ...NOT_A_FIELD('visibilty', 'visibility')] as Expected,
    ['meetings/board-2024-03-06.md:10', 'actions[0].withheldReason', ...REASON_WITHOUT_VISIBILITY],
  ],
  '03-capitalised-visibility-on-an-agenda-item': [
    ['meetings/board-2024-03-07.md:8', 'agenda[0].Visibility', ...NOT_A_FIELD('Visibility', 'visibility')] as Expected,
    ['meetings/board-2024-03-07.md:9', 'agenda[0].withheldReason', ...REASON_WITHOUT_VISIBILITY],
  ],
  '04-withheld-reason-without-visibility-on-an-award': [
    ['grant-rounds/grants-2023-24-round-2.md:15', 'awards[0].withheldReason', ...REASON_WITHOUT_VISIBILITY],
  ],
  '05-snake-case-withheld-reason': [
    [
      'decisions/2024-02-02-staff-case.md:8',
      'withheld_reason',
      ...NOT_A_FIELD('withheld_reason', 'withheldReason'),
    ] as Expected,
    [
      'decisions/2024-02-02-staff-case.md:2',
      'withheldReason',
      'is required when visibility is "exempt"',
      'add a sentence the public will see explaining why this is withheld',
    ],
  ],
  '06-visibility-indented-under-due': [
    [
      'meetings/board-2024-03-08.md:11',
      'actions[0].due.visibility',
      '"visibility" is not a field of "due", but of the part above it',
      'move it left, to line up with "due:"',
    ],
    ['meetings/board-2024-03-08.md:12', 'actions[0].withheldReason', ...REASON_WITHOUT_VISIBILITY],
  ],
  '07-misspelt-visibility-value': [
    [
      'decisions/2024-02-03-tender.md:7',
      'visibility',
      '"exmpt" is not an allowed value',
      `did you mean "exempt"? Use one of: ${VISIBILITIES}`,
    ],
  ],
  '08-visibility-private': [
    ['decisions/2024-02-04-lease.md:7', 'visibility', '"private" is not an allowed value', `use one of: ${VISIBILITIES}`],
  ],
  '09-withheld-without-a-reason': [
    [
      'meetings/board-2024-03-09.md:2',
      'withheldReason',
      'is required when visibility is "closed-session"',
      'add a sentence the public will see explaining why this is withheld',
    ],
  ],
  '10-exempt-paragraph-out-of-range': [
    [
      'decisions/2024-02-05-sale.md:9',
      'exemptParagraphs[0]',
      'is not a paragraph of Schedule 12A, which has paragraphs 1 to 7',
      'write the numbers of the paragraphs that apply, e.g. [3]',
    ],
  ],
  '11-duplicate-visibility-key': [
    [
      'decisions/2024-02-06-claim.md:9',
      '(YAML)',
      'a field appears twice here',
      'keep one of them (only one value can be published)',
    ],
  ],

  // Fields written the way people write them on paper.
  '12-impossible-date': [
    [
      'decisions/2024-02-30-budget.md:3',
      'date',
      '"2024-02-30" is not a real date',
      'check the day and month, and write it as YYYY-MM-DD, e.g. 2023-10-09',
    ],
  ],
  '13-date-in-words': [
    ['decisions/2024-02-07-budget.md:3', 'date', '"7 February 2024" is not written YYYY-MM-DD', 'write it as 2024-02-07'],
  ],
  '14-time-in-words': [
    [
      'meetings/board-2024-03-10.md:4',
      'startTime',
      'must be a time on the 24-hour clock, not "1pm"',
      'write it as HH:MM in quotes, e.g. "13:00"',
    ],
  ],
  '15-amount-with-pound-sign': [
    [
      'decisions/2024-02-08-grant.md:7',
      'amount',
      'must be a number of pounds, not "£160,000"',
      'write it without the £ sign or commas, e.g. 160000',
    ],
  ],
  '16-percentage-with-sign': [
    [
      'metrics/satisfaction.yaml:13',
      'series[0].value',
      'must be a plain number, not "86.7%"',
      'write it without %, £ or commas, e.g. 20087',
    ],
  ],
  '17-capitalised-status': [
    [
      'meetings/board-2024-03-11.md:9',
      'actions[0].status',
      '"Complete" is not an allowed value',
      'did you mean "complete"? Use one of: open, in-progress, awaiting-sign-off, complete, superseded',
    ],
  ],
  '18-maker-in-words': [
    ['decisions/2024-02-09-estates.md:4', 'maker', '"Chief Constable" is not an allowed value', 'use one of: pcc, board, panel'],
  ],
  '19-missing-title': [['decisions/2024-02-10-untitled.md:2', 'title', 'is missing', 'add "title:" followed by text']],
  '20-empty-summary': [['decisions/2024-02-11-empty.md:6', 'summary', 'is empty', 'write text after "summary:"']],
  '21-hash-starts-a-comment': [
    [
      'decisions/2024-02-12-priority.md:2',
      'title',
      'is empty, because a # after a space starts a comment and YAML ignores the rest of the line',
      'put the whole value in double quotes, e.g. title: "#1 priority for 2024"',
    ],
  ],
  '22-financial-year-spans-three': [
    [
      'annual-reports/2024-25.md:3',
      'financialYear',
      'must cover two consecutive years',
      'write the year after the first, e.g. "2022/23" (not "2022/24")',
    ],
  ],
  '23-agenda-on-one-line': [
    [
      'meetings/board-2024-03-12.md:5',
      'agenda',
      'must be a list, each item with the fields (number, title, id, presenter, purpose, summary, overview, forceUpdate, pccResponse, outcome, outcomeNote, resolutions, declarations, papers, decisions, themes, visibility, withheldReason, exemptParagraphs), not "Finance, estates and performance"',
      'write a list, one item per line, each starting with "- "',
    ],
  ],
  '24-quorate-yes': [
    ['meetings/board-2024-03-13.md:5', 'quorate', 'must be true or false, not "yes"', 'write true or false'],
  ],
  '25-address-without-https': [
    [
      'meetings/board-2024-03-14.md:5',
      'webcastUrl',
      'must be a full web address, not "www.example.org/webcast"',
      'write it starting with https://',
    ],
  ],
  '26-unknown-body': [
    [
      'meetings/board-2024-03-15.md:2',
      'body',
      '"governance-bord" is not a known body',
      'use the file name (without extension) of an entry in content/bodies/ (did you mean "governance-board"?)',
    ],
  ],
  '27-misspelt-field': [
    ['meetings/board-2024-03-16.md:4', 'sumary', ...NOT_A_FIELD('sumary', 'summary')] as Expected,
    ['meetings/board-2024-03-16.md:2', 'summary', 'is missing', 'add "summary:" followed by text'],
  ],
  '28-empty-list-of-people': [
    [
      'meetings/board-2024-03-17.md:7',
      'attendance[0].people',
      'needs at least 1 item',
      'add one, one per line starting with "- "',
    ],
  ],
  '29-person-with-misspelt-role': [
    ['meetings/board-2024-03-18.md:7', 'chair.rol', ...NOT_A_FIELD('rol', 'role')] as Expected,
  ],

  // YAML that cannot be read at all.
  '30-colon-in-a-value': [
    [
      'decisions/2024-02-13-item.md:2',
      '(YAML)',
      'a colon followed by a space inside a value makes it look like a new field',
      'put the whole value in double quotes, e.g. title: "Item 3: Estates"',
    ],
  ],
  '31-tab-indent': [
    ['meetings/board-2024-03-19.md:6', '(YAML)', 'a tab is used to indent', 'indent with spaces only, two for each level'],
  ],
  '32-unclosed-quote': [
    [
      'decisions/2024-02-14-quote.md:2',
      '(YAML)',
      'a quotation mark or bracket is opened and never closed',
      'close it, or remove it',
    ],
  ],
  '33-no-closing-frontmatter-line': [
    [
      'decisions/2024-02-15-open.md:1',
      '(file)',
      'the fields block that starts on this line is never closed',
      'add a line of three hyphens (---) after the last field, before the text',
    ],
  ],

  // Files: one entry, one file, in a folder the portal reads.
  '34-md-and-mdx-with-one-id': [
    [
      'decisions/2024-02-16-twin.md:1',
      '(file name)',
      'gives the entry "2024-02-16-twin", as decisions/2024-02-16-twin.mdx does, and only one of them could be published',
      'rename one of them, or delete the one that is not wanted',
    ],
    [
      'decisions/2024-02-16-twin.mdx:1',
      '(file name)',
      'gives the entry "2024-02-16-twin", as decisions/2024-02-16-twin.md does, and only one of them could be published',
      'rename one of them, or delete the one that is not wanted',
    ],
    ['decisions/2024-02-16-twin.mdx:5', 'outcome', 'is withheld (exempt) and will not be published', KEEP_ON_FILE, 'warning'],
    ['decisions/2024-02-16-twin.mdx:6', 'summary', 'is withheld (exempt) and will not be published', KEEP_ON_FILE, 'warning'],
    [
      'decisions/2024-02-16-twin.mdx:10',
      '(body)',
      'this entry is withheld (exempt), so its text will not be published',
      'keep the text here only if the office needs it on file: only the title and the reason will be published',
      'warning',
    ],
  ],
  '35-yaml-and-yml-with-one-id': [
    [
      'metrics/calls.yaml:1',
      '(file name)',
      'gives the entry "calls", as metrics/calls.yml does, and only one of them could be published',
      'rename one of them, or delete the one that is not wanted',
    ],
    [
      'metrics/calls.yml:1',
      '(file name)',
      'gives the entry "calls", as metrics/calls.yaml does, and only one of them could be published',
      'rename one of them, or delete the one that is not wanted',
    ],
  ],
  '36-copy-in-a-subfolder': [
    [
      'meetings/2024/board-2024-02-14.md:1',
      '(file name)',
      'gives the entry "board-2024-02-14", as meetings/board-2024-02-14.md does, and only one of them could be published',
      'rename one of them, or delete the one that is not wanted',
    ],
    [
      'meetings/board-2024-02-14.md:1',
      '(file name)',
      'gives the entry "board-2024-02-14", as meetings/2024/board-2024-02-14.md does, and only one of them could be published',
      'rename one of them, or delete the one that is not wanted',
    ],
    [
      'meetings/2024/board-2024-02-14.md:1',
      '(whole file)',
      'looks like a copy of meetings/board-2024-02-14.md: both have the same body "governance-board", date "2024-02-14", meetingType "ordinary"',
      'change what differs in the new entry, or delete the copy',
    ],
    [
      'meetings/board-2024-02-14.md:1',
      '(whole file)',
      'looks like a copy of meetings/2024/board-2024-02-14.md: both have the same body "governance-board", date "2024-02-14", meetingType "ordinary"',
      'change what differs in the new entry, or delete the copy',
    ],
  ],
  '37-file-name-with-spaces': [
    [
      'decisions/Estates Strategy.md:1',
      '(file name)',
      '"Estates Strategy" cannot be a web address',
      'rename the file to estates-strategy.md (lower-case letters, digits and hyphens only)',
    ],
  ],
  '38-stray-text-file': [
    [
      'decisions/notes.txt:1',
      '(file)',
      'is not a content file of decisions/, so it would not be published',
      'rename it to end in .md or .mdx if it is one, or move it out of content/',
    ],
  ],
  '39-svg-image': [
    [
      'meetings/map.svg:1',
      '(file)',
      'is an SVG image, which can carry a script that would run on the site',
      'export it as PNG and use that instead',
    ],
  ],
  '40-misspelt-folder': [
    [
      'decision',
      '(folder)',
      'is not a folder the portal reads, so nothing in it would be published',
      'did you mean decisions/? Move its files there',
    ],
  ],
  '41-copy-with-a-new-name': [
    [
      'decisions/2024-01-11-published-copy.md:1',
      '(whole file)',
      'looks like a copy of decisions/2024-01-11-published.md: both have the same title "Adoption of a strategy", date "2024-01-11"',
      'change what differs in the new entry, or delete the copy',
    ],
    [
      'decisions/2024-01-11-published.md:1',
      '(whole file)',
      'looks like a copy of decisions/2024-01-11-published-copy.md: both have the same title "Adoption of a strategy", date "2024-01-11"',
      'change what differs in the new entry, or delete the copy',
    ],
  ],
  '42-windows-1252': [
    [
      'decisions/2024-02-19-cost.md:9',
      '(file)',
      'has a character that is not UTF-8 on this line (the file was probably saved as "ANSI" or Windows-1252)',
      'save the file as UTF-8, then check the £ signs, dashes and quotation marks on this line',
    ],
  ],
  '43-utf-16': [
    [
      'decisions/2024-02-20-unicode.md:1',
      '(file)',
      'is saved as UTF-16 ("Unicode"), not UTF-8',
      'save it again as UTF-8 (in Notepad: File, Save as, Encoding "UTF-8")',
    ],
  ],

  // Text that must not be published as it stands, and the likely slips.
  '44-placeholder-left-in': [
    [
      'decisions/2024-02-21-new.md:6',
      'summary',
      'still holds the placeholder "Replace with the decision in one or two plain-English sentences." that "npm run new" wrote',
      'write the real text in its place',
    ],
    [
      'decisions/2024-02-21-new.md:9',
      '(body)',
      'still holds the placeholder "Replace with the background and the reasons for the decision." that "npm run new" wrote',
      'write the real text in its place',
    ],
  ],
  '45-held-meeting-in-the-future': [
    [
      'meetings/board-2025-01-15.md:3',
      'date',
      '2025-01-15 is after today (2024-06-30), but the meeting is marked as held',
      'set "status: scheduled" until it has met, or check the date',
      'warning',
    ],
  ],
  '46-decision-in-the-future': [
    [
      'decisions/2025-01-16-future.md:3',
      'date',
      '2025-01-16 is after today (2024-06-30)',
      'check the date; a decision is recorded once it has been taken',
      'warning',
    ],
  ],
  '47-year-typed-wrong': [
    ['decisions/1924-02-22-typo.md:3', 'date', '1924-02-22 is before 2000', 'check the year', 'warning'],
  ],
  '48-whole-document-pasted-in': [
    [
      'decisions/2024-02-23-pasted.md:8',
      '(body)',
      'the text is 113,999 characters long, far longer than any real summary (the warning starts at 100,000)',
      'check that a whole document was not pasted in',
      'warning',
    ],
  ],

  // Bodies that could run code.
  '49-raw-html-in-markdown': [
    ['decisions/2024-02-24-html.md:9', '(body)', 'raw HTML is not allowed in a .md file', 'use Markdown formatting instead'],
  ],
  '50-iframe-with-srcdoc': [
    [
      'decisions/2024-02-25-embed.mdx:9',
      '(body)',
      '<iframe srcdoc> is not allowed',
      'remove it (<iframe> may have only these attributes: src, title, width, height, allow, allowfullscreen, loading)',
    ],
  ],
  '51-iframe-from-another-host': [
    [
      'decisions/2024-02-26-video.mdx:9',
      '(body)',
      '<iframe> from "video.example.com" is not allowed',
      'use only https:// embeds from webcasts.example.org, the embed hosts in the site config',
    ],
  ],
  '52-encoded-javascript-link': [
    [
      'decisions/2024-02-27-link.md:9',
      '(body)',
      'the link "javascript:alert(1)" is not allowed',
      'links must start with https:// or /',
    ],
  ],
  '53-brace-in-mdx': [
    [
      'decisions/2024-02-28-braces.mdx:9',
      '(body)',
      'code in { } is not allowed',
      'write the text itself, or escape a brace as \\{',
    ],
  ],
  '54-unknown-metric': [
    [
      'decisions/2024-02-29-metric.mdx:9',
      '(body)',
      'No metric "call"',
      'use the file name (without .yaml) of a file in content/metrics/, one of: calls',
    ],
  ],
  '55-event-handler': [
    [
      'decisions/2024-03-01-handler.mdx:9',
      '(body)',
      '<abbr onMouseOver> is not allowed, because content cannot run code',
      'remove it',
    ],
  ],

  // Accepted as written: what editors on Windows produce, and a file kept in a subfolder.
  // A month of spending as a finance team exports it: each problem on its row's line.
  '60-spending-misspelt-withheld-column': [
    [
      'spending/2024-04.csv:1',
      '(header row)',
      'has a column "Withheld reson" that the portal does not know, so it cannot tell whether it may be published',
      `if you meant "Withheld reason", rename it; otherwise rename it to one of ${SPENDING_HEADERS}, or delete the column`,
    ],
  ],
  '61-spending-unquoted-amount-with-a-comma': [
    [
      'spending/2024-04.csv:2',
      '(row)',
      'has 1 more cell than the header has columns',
      'put any value with a comma in it (such as £1,200.00) in double quotes, or save the file again from the spreadsheet as CSV',
    ],
  ],
  '62-spending-payment-in-another-month': [
    [
      'spending/2024-04.csv:3',
      '"Date" column',
      'is 2024-05-01, which is not in April 2024, the month this file is named for',
      'move the row to the file for its month (2024-05.csv), or correct the date',
    ],
  ],
  '63-spending-payment-of-500-or-less': [
    [
      'spending/2024-04.csv:3',
      '"Amount" column',
      'is £420.00, not over £500',
      'leave out items of £500 or less, and credit notes: this register lists each item of spending over £500',
    ],
  ],
  '64-spending-saved-as-a-spreadsheet': [
    [
      'spending/2024-04.xlsx:1',
      '(file)',
      'is a spreadsheet, which is not published: only CSV files are read here',
      'open it in the spreadsheet program, save it as "CSV UTF-8 (comma delimited)", and keep only the .csv file here',
    ],
  ],
  '65-spending-file-not-named-for-a-month': [
    [
      'spending/April 2024.csv:1',
      '(file name)',
      '"April 2024" cannot be a web address',
      'rename the file to april-2024.csv (lower-case letters, digits and hyphens only)',
    ],
    [
      'spending/April 2024.csv:1',
      '(file name)',
      'is named "April 2024", which is not a month',
      'name the file for the month its payments were made, as YYYY-MM, e.g. 2024-04.csv',
    ],
  ],
  '66-spending-unclosed-quote': [
    [
      'spending/2024-04.csv:3',
      '(CSV)',
      'a quoted value has text straight after its closing quotation mark',
      'write a quotation mark inside a quoted value twice (""), or save the file again from the spreadsheet',
    ],
  ],
  '56-byte-order-mark': [],
  '57-windows-line-endings': [],
  '58-byte-order-mark-in-yaml': [],
  '59-file-in-a-subfolder': [],
  '67-spending-exported-with-other-headers': [],
};

/** An issue as the report shows it, with the temporary folder taken out of every path. */
function shown(issue: ContentIssue, root: string): Expected {
  const strip = (text: string) => text.replaceAll(`${root}/`, '');
  const [problem, fix] = [strip(issue.problem), strip(issue.fix)];
  const where = issue.line ? `${strip(issue.file)}:${issue.line}` : strip(issue.file);
  return [where, issue.field, problem, fix, issue.severity];
}

const key = (e: Expected) => JSON.stringify([e[0], e[1], e[2], e[3] ?? null, e[4] ?? 'error']);
const work: string[] = [];
afterAll(() => work.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function check(mistake?: string) {
  const root = mkdtempSync(join(tmpdir(), 'portal-mistake-'));
  work.push(root);
  cpSync(BASE, root, { recursive: true });
  if (mistake) cpSync(join(MISTAKES, mistake), root, { recursive: true });
  const result = checkContent(root, ['victims'], OPTIONS);
  return { root, result, shown: result.issues.map((issue) => shown(issue, root)) };
}

const baseline = new Set(check().shown.map(key));

describe('the corpus of author mistakes', () => {
  it('has a folder for every expectation and at least 40 mistakes', () => {
    expect(readdirSync(MISTAKES).filter((name) => name !== 'README.md').sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.values(EXPECTED).filter((expected) => expected.length > 0).length).toBeGreaterThanOrEqual(40);
  });

  it('starts from a fixture site with no errors', () => {
    expect(check().result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s: says exactly what is wrong, where, and how to fix it', (mistake, expected) => {
    const { shown: issues } = check(mistake);
    // The fixture's own warnings are not about the mistake, unless the mistake changes them.
    const found = issues.filter((issue) => !baseline.has(key(issue))).map(key).sort();
    expect(found).toEqual(expected.map(key).sort());
  });

  it('reads the files an editor on Windows writes as if they were plain UTF-8', () => {
    const { result } = check('56-byte-order-mark');
    expect(result.entries.decisions.find((d) => d.id === '2024-03-02-bom')?.data.title).toBe('Saved by Notepad');
    const crlf = check('57-windows-line-endings').result.entries.decisions.find((d) => d.id === '2024-03-03-crlf');
    expect(crlf?.data.title).toBe('Saved on Windows');
    const yml = check('58-byte-order-mark-in-yaml').result.entries.metrics.find((m) => m.id === 'satisfaction');
    expect(yml?.data.title).toBe('Victim satisfaction');
  });

  it('reads a month of spending as a finance system exports it: other headers, UK dates, £ and commas, quotes and line breaks', () => {
    const month = check('67-spending-exported-with-other-headers').result.entries.spending.find(
      (m) => m.id === '2024-04',
    );
    expect(month?.data.payments).toEqual([
      {
        date: '2024-04-02',
        amount: 1250,
        category: 'Premises',
        valueForMoney: 'Framework contract',
        reference: 'T1',
        withheld: false,
        supplier: 'Charnwood Cleaning, Ltd',
        purpose: 'Cleaning of the "new" headquarters',
      },
      {
        date: '2024-04-30',
        amount: 980.4,
        category: 'Transport',
        valueForMoney: 'Three quotes obtained',
        reference: 'T2',
        withheld: false,
        supplier: 'Fleet Parts Ltd',
        purpose: 'Brake pads\r\nand discs',
      },
    ]);
  });

  it('checks a file in a subfolder like any other, with its id from its name', () => {
    const { result } = check('59-file-in-a-subfolder');
    expect(result.entries.meetings.map((m) => m.id)).toContain('board-2024-03-20');
  });
});
