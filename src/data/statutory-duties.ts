/**
 * What a Police and Crime Commissioner must publish: the Elected Local
 * Policing Bodies (Specified Information) Order 2011 (amended 2012 and 2021),
 * its schedule in order and summarised, then the other publication duties in
 * law. Each names its home in the portal, when it has one, and how to read
 * from the content what is published for it. The statutory index page, its
 * open data and `npm run check` read this list.
 */
import type { CollectionName } from '../collections';
import type { AnnualReportData } from '../collections/annual-reports/schema';
import type { GrantRoundData } from '../collections/grant-rounds/schema';
import type { HmicfrsData } from '../collections/hmicfrs/schema';
import type { MeetingData } from '../collections/meetings/schema';
import { type DutyEvidence, type DutyState, dutyStatus, type Frequency } from '../lib/rules/duty-status';
import { responseTimeliness } from '../domain/hmicfrs-response';

/** Every kind's entries, as the content check and the build both have them. */
export type DutyEntries = { readonly [Name in CollectionName]: readonly { id: string; data: unknown }[] };

export interface Duty {
  /** Stable identifier, for the open data and links. */
  id: string;
  /** Where the duty is set: the Order's paragraph ("3"), or the Act and section. */
  source: string;
  /** The duty, summarised. */
  duty: string;
  frequency: Frequency;
  /** The kind of record that publishes it here, and what is published for it; none when it has no home yet. */
  home?: {
    kind: CollectionName;
    /** What is published for it; undefined when its register holds nothing for this duty (a tender but no contract). */
    evidence: (entries: DutyEntries, today: string) => DutyEvidence | undefined;
  };
}

/**
 * What the portal holds for a duty, and its status at `today`. A duty whose
 * register holds nothing yet is "not published here yet", like one with no
 * register: the portal cannot tell whether the office publishes it elsewhere,
 * and the register's page says what will appear.
 */
export function dutyState(duty: Duty, entries: DutyEntries, today: string): { evidence?: DutyEvidence } & DutyState {
  if (!duty.home) return dutyStatus(duty.frequency, undefined, today);
  const evidence = entries[duty.home.kind].length === 0 ? undefined : duty.home.evidence(entries, today);
  if (!evidence) return { status: 'not-published-here', why: 'Its register here holds nothing for this yet.' };
  return { evidence, ...dutyStatus(duty.frequency, evidence, today) };
}

const dataOf = <T>(entries: readonly { data: unknown }[]) => entries.map((e) => e.data as T);
const latestOf = (dates: readonly (string | undefined)[]) =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);

/** A home whose latest item is the latest of one date field of its entries (YYYY-MM-DD, or YYYY-MM). */
const datedBy = (kind: CollectionName, field: string): NonNullable<Duty['home']> => ({
  kind,
  evidence: (entries) => ({
    latest: latestOf(dataOf<Record<string, string | undefined>>(entries[kind]).map((e) => e[field])),
  }),
});

/** Published grant rounds, dated by the latest thing the papers say of each. */
function grantEvidence(entries: DutyEntries): DutyEvidence {
  const rounds = dataOf<GrantRoundData>(entries['grant-rounds']);
  return {
    latest: latestOf(
      rounds.map(
        (r) =>
          (r.withheld ? r.statusAsAt : (r.statusAsAt ?? r.closes ?? r.opens)) ?? `${r.financialYear.slice(0, 4)}-04`,
      ),
    ),
  };
}

/** Meetings: the latest held, and those past whose minutes are not published here. */
function meetingEvidence(entries: DutyEntries, today: string): DutyEvidence {
  const meetings = dataOf<MeetingData>(entries.meetings);
  const past = meetings.filter((m) => m.date < today);
  return {
    latest: latestOf(past.filter((m) => m.status === 'held').map((m) => m.date)),
    awaiting: past.filter((m) => m.status === 'scheduled' || m.status === 'agenda-only').length,
  };
}

/** Responses to HMICFRS reports: those awaited within 56 days, and those past it. */
function responseEvidence(entries: DutyEntries, today: string): DutyEvidence {
  const reports = dataOf<HmicfrsData>(entries.hmicfrs);
  const awaited = reports.flatMap((r) => {
    const timeliness = responseTimeliness(
      r.published,
      r.withheld ? undefined : r.responsePublished,
      r.reportedTimeliness,
    );
    return timeliness.kind === 'awaiting' ? [timeliness.due] : [];
  });
  return {
    latest: latestOf(reports.map((r) => (r.withheld ? undefined : r.responsePublished))),
    awaiting: awaited.filter((due) => due >= today).length,
    late: awaited.filter((due) => due < today).length,
  };
}

/** Contracts or invitations to tender, dated by when they were reported. */
const contractEvidence =
  (type: 'contract' | 'invitation-to-tender') =>
  (entries: DutyEntries): DutyEvidence | undefined => {
    const dates = dataOf<{ type: string; reported: string }>(entries.contracts)
      .filter((c) => c.type === type)
      .map((c) => c.reported);
    return dates.length === 0 ? undefined : { latest: latestOf(dates) };
  };

export const DUTIES: readonly Duty[] = [
  {
    id: 'office-holders',
    source: 'Order, paragraph 1',
    duty: "The Commissioner's and deputy's names, address, salary and allowances, their register of interests, and complaints the Police and Crime Panel raised",
    frequency: 'as-soon-as-practicable',
    home: datedBy('office-holders', 'from'),
  },
  {
    id: 'staff',
    source: 'Order, paragraph 2',
    duty: 'Staff numbers, the equality make-up of the staff, an organisation chart, senior salaries, and gifts and hospitality',
    frequency: 'as-soon-as-practicable',
    home: datedBy('staff', 'asAt'),
  },
  {
    id: 'shared-staff',
    source: 'Order, paragraph 2A',
    duty: "Use of the chief officers' or a council's staff",
    frequency: 'as-soon-as-practicable',
  },
  {
    id: 'budget',
    source: 'Order, paragraph 3',
    duty: 'The budget, precept, revenue, expenditure and investment strategy for each financial year',
    frequency: 'before-financial-year',
    home: {
      kind: 'budgets',
      evidence: (entries) => {
        const years = dataOf<{ financialYear: string }>(entries.budgets).map((b) => b.financialYear);
        return { latest: latestOf(years.map((y) => `${y.slice(0, 4)}-04`)), financialYears: years };
      },
    },
  },
  {
    id: 'grants',
    source: 'Order, paragraph 3',
    duty: 'Each crime and disorder reduction grant made',
    frequency: 'monthly',
    home: { kind: 'grant-rounds', evidence: grantEvidence },
  },
  {
    id: 'spending',
    source: 'Order, paragraph 3',
    duty: 'Each item of spending over £500',
    frequency: 'monthly',
    home: datedBy('spending', 'month'),
  },
  { id: 'property', source: 'Order, paragraph 4', duty: 'Property held', frequency: 'as-soon-as-practicable' },
  {
    id: 'contracts',
    source: 'Order, paragraph 4',
    duty: 'Each contract worth more than £10,000',
    frequency: 'as-soon-as-practicable',
    home: { kind: 'contracts', evidence: contractEvidence('contract') },
  },
  {
    id: 'tenders',
    source: 'Order, paragraph 4',
    duty: 'Invitations to tender',
    frequency: 'as-soon-as-practicable',
    home: { kind: 'contracts', evidence: contractEvidence('invitation-to-tender') },
  },
  {
    id: 'meetings',
    source: 'Order, paragraph 5',
    duty: 'The dates of public meetings, with their agendas, papers and minutes',
    frequency: 'as-soon-as-practicable',
    home: { kind: 'meetings', evidence: meetingEvidence },
  },
  {
    id: 'decisions',
    source: 'Order, paragraph 5',
    duty: 'Each decision of significant public interest',
    frequency: 'as-soon-as-practicable',
    home: datedBy('decisions', 'date'),
  },
  {
    id: 'policies',
    source: 'Order, paragraph 6',
    duty: 'Policies and procedures',
    frequency: 'as-soon-as-practicable',
    home: datedBy('policies', 'adopted'),
  },
  {
    id: 'responsible-authorities',
    source: 'Order, paragraph 7',
    duty: 'Reports required from the responsible authorities',
    frequency: 'as-soon-as-practicable',
  },
  {
    id: 'national-priorities',
    source: 'Order, paragraph 7A',
    duty: 'A statement on how the national priorities for policing are taken into account',
    frequency: 'as-soon-as-practicable',
    home: datedBy('national-priorities', 'published'),
  },
  {
    id: 'peel',
    source: 'Order, paragraph 7B',
    duty: 'The latest HMICFRS PEEL report on the force, and a summary of it',
    frequency: 'as-soon-as-practicable',
    home: {
      kind: 'hmicfrs',
      evidence: (entries) => ({
        latest: latestOf(
          dataOf<HmicfrsData>(entries.hmicfrs)
            .filter((r) => r.inspectionType === 'peel')
            .map((r) => r.published ?? r.responseYear?.slice(0, 4)),
        ),
      }),
    },
  },
  {
    id: 'complaints',
    source: 'Order, paragraph 7C',
    duty: 'Complaints data, and how the Commissioner holds the Chief Constable to account for handling complaints',
    frequency: 'as-soon-as-practicable',
    home: datedBy('complaints', 'published'),
  },
  {
    id: 'custody-visiting',
    source: 'Order, paragraph 8',
    duty: 'The arrangements for custody visiting',
    frequency: 'as-soon-as-practicable',
    home: datedBy('custody-visiting', 'published'),
  },
  {
    id: 'hmicfrs-comments',
    source: 'Police Act 1996, section 55',
    duty: "The Commissioner's comments on each HMICFRS report on the force",
    frequency: 'within-56-days',
    home: { kind: 'hmicfrs', evidence: responseEvidence },
  },
  {
    id: 'annual-report',
    source: 'Police Reform and Social Responsibility Act 2011, section 12',
    duty: "The Commissioner's annual report on the year, presented to the Police and Crime Panel",
    frequency: 'annually',
    home: {
      kind: 'annual-reports',
      evidence: (entries) => {
        const reports = dataOf<AnnualReportData>(entries['annual-reports']);
        return { latest: latestOf(reports.map((r) => r.date)), financialYears: reports.map((r) => r.financialYear) };
      },
    },
  },
];
