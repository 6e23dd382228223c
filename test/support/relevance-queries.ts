/**
 * Searches a journalist or resident makes, written from the public papers
 * (`../shared/seeds/`), each with the page that must come near the top. Used
 * by the relevance suite (test/e2e/search-relevance.test.ts) and by
 * `npm run bench`, which prints precision at 5 and the share answered in the top 3.
 *
 * `answer` is a path, or a path with the anchor of an action; a result counts
 * when its link, or the link of one of the parts it lists, is that address.
 */
export interface RelevanceQuery {
  query: string;
  answer: string;
  /** The answer must be among this many results. */
  within: 3 | 5;
  /** Where in the papers the question comes from. */
  from: string;
}

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // HMICFRS inspections and the Commissioner's responses (annual report 2022-23, Board summaries).
  { query: 'digital forensics', answer: '/hmicfrs/digital-forensics/', within: 3, from: '001, Item 10 App. 1 s.9' },
  { query: 'forensic', answer: '/hmicfrs/digital-forensics/', within: 3, from: '001, line 2164' },
  {
    query: 'honour based abuse',
    answer: '/hmicfrs/ethnic-minority-victims-honour-based-abuse/',
    within: 3,
    from: '001, line 1149',
  },
  {
    query: 'vetting misconduct misogyny',
    answer: '/hmicfrs/vetting-misconduct-misogyny/',
    within: 3,
    from: '001, line 1146',
  },
  { query: 'serious youth violence', answer: '/hmicfrs/serious-youth-violence/', within: 3, from: '001, line 1151' },
  { query: 'PEEL', answer: '/hmicfrs/peel-2021-22/', within: 3, from: '001, line 1144' },
  {
    query: 'police perpetrated domestic abuse',
    answer: '/hmicfrs/police-perpetrated-domestic-abuse/',
    within: 3,
    from: '001, line 1145',
  },
  {
    query: 'regional organised crime',
    answer: '/hmicfrs/regional-serious-organised-crime/',
    within: 3,
    from: '001, line 1150',
  },
  // Decisions of significant public interest.
  { query: 'reserves strategy', answer: '/decisions/2024-03-reserves-strategy/', within: 3, from: '000, paragraph 15' },
  { query: 'estates strategy', answer: '/decisions/2023-03-20-estates-strategy/', within: 3, from: '001, Item 7' },
  {
    query: 'electric vehicles',
    answer: '/decisions/2023-09-25-s106-electric-vehicles/',
    within: 3,
    from: '001, Item 7',
  },
  { query: 'S106', answer: '/decisions/2023-09-25-s106-electric-vehicles/', within: 5, from: '001, Item 7' },
  {
    query: 'chief executive appointment',
    answer: '/decisions/2023-08-10-chief-executive-appointment/',
    within: 3,
    from: '001, Item 3 (10 August 2023)',
  },
  { query: 'precept', answer: '/decisions/2015-01-29-precept-2015-16/', within: 3, from: '002, precept meeting' },
  {
    query: 'provisional outturn',
    answer: '/decisions/2023-06-21-provisional-outturn-2022-23/',
    within: 3,
    from: '001, June 2023 Board',
  },
  // Performance measures.
  { query: '999 calls', answer: '/performance/999-calls/', within: 3, from: '001, line 2552' },
  { query: '101 abandonment', answer: '/performance/101-abandonment-rate/', within: 3, from: '001, call performance' },
  {
    query: 'rape positive outcome rate',
    answer: '/performance/rape-positive-outcome-rate/',
    within: 3,
    from: '000, line 54',
  },
  { query: 'DVPN', answer: '/performance/dvpn-issued/', within: 3, from: '001, lines 1579-1602' },
  {
    query: 'police officer numbers',
    answer: '/performance/police-officer-numbers/',
    within: 3,
    from: '001, annual report',
  },
  { query: 'efficiency savings', answer: '/performance/efficiency-savings/', within: 3, from: '001, line 2843' },
  {
    query: 'victim first satisfaction',
    answer: '/performance/victim-first-satisfaction/',
    within: 3,
    from: '001, annual report',
  },
  { query: 'complaints', answer: '/performance/complaint-cases/', within: 5, from: '003, line 279' },
  // Actions the Panel and the Board asked for.
  {
    query: 'stalking support',
    answer: '/meetings/cgb-2023-06-21/#action-cgb-2023-06-21-stalking-support-gaps',
    within: 3,
    from: '001, June 2023 Board',
  },
  {
    query: 'proceeds of crime',
    answer: '/meetings/cgb-2023-06-21/#action-cgb-2023-06-21-poca-surplus-proposal',
    within: 3,
    from: '001, June 2023 Board',
  },
  {
    query: "location of the Commissioner's visits",
    answer: '/meetings/pcp-2023-07-26/#action-pcp-2023-07-26-visit-locations',
    within: 3,
    from: '001, lines 539-541',
  },
  {
    query: 'conflict of interest',
    answer: '/meetings/pcp-2023-07-26/#action-pcp-2023-07-26-lcjb-conflict-of-interest',
    within: 3,
    from: '001, Item 3 (26 July 2023)',
  },
  // Reports, grants and the bodies themselves.
  { query: 'annual report 2022/23', answer: '/annual-reports/2022-23/', within: 3, from: '001, Item 6' },
  { query: 'safer streets', answer: '/grants/safer-streets-round-5-bids/', within: 3, from: '001, lines 591-594' },
  { query: 'community grants', answer: '/grants/community-grants-2022-23/', within: 5, from: '001, line 913' },
  {
    query: 'community safety grants round 2',
    answer: '/grants/community-safety-grants-2023-24-round-2/',
    within: 3,
    from: '001, Item 5',
  },
  {
    query: 'Corporate Governance Board',
    answer: '/bodies/corporate-governance-board/',
    within: 3,
    from: '001, Item 10',
  },
  { query: 'Police and Crime Panel', answer: '/bodies/police-and-crime-panel/', within: 3, from: '001, cover' },
  { query: 'VAWG', answer: '/performance/vawg-offences/', within: 5, from: '001, Item 9' },
];
