/**
 * Generates a realistic synthetic content folder of a given size from a seed:
 * the same seed and size always give the same files. Proportions follow a
 * decade of an office's publishing: mostly meetings (10–20 agenda items and
 * a few actions each), then decisions, grant rounds with awards, HMICFRS
 * reports with recommendations, monthly metric series and annual reports.
 * Nothing generated is committed; the bench writes it to a temporary folder.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'police force commissioner board panel victims domestic abuse violence women girls stalking burglary response calls demand emergency neighbourhood rural officers staff recruitment retention budget savings reserves precept estates vehicles custody volunteers inspection recommendation improvement performance outcome rate charge arrest investigation safeguarding partnership community safety grant project youth diversion prevention exploitation trafficking fraud cyber road collisions confidence satisfaction complaints integrity vetting misconduct training wellbeing technology digital forensics contact management'.split(
    ' ',
  );
const THEMES = ['victims', 'vawg', 'neighbourhood-policing', 'service', 'trust', 'prevention', 'workforce', 'finance'];
const STATUSES = ['open', 'in-progress', 'awaiting-sign-off', 'complete', 'superseded'];

/** Shares of the total entry count per collection (bodies are fixed). */
export const PROPORTIONS = {
  meetings: 0.4,
  decisions: 0.28,
  grantRounds: 0.1,
  hmicfrs: 0.1,
  metrics: 0.1,
  annualReports: 0.02,
};

export interface GeneratedCounts {
  entries: number;
  agendaItems: number;
  actions: number;
}

export function generateContent(outDir: string, total: number, seed = 42): GeneratedCounts {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  // Real text is Zipfian: a few words everywhere, most words rare. A vocabulary of
  // made-up words drawn log-uniformly, mixed with the domain words, gives the
  // search index a realistic spread instead of every word on every page.
  const SYLLABLES = [
    'ba',
    'ce',
    'di',
    'fo',
    'gu',
    'ha',
    'je',
    'ki',
    'lo',
    'mu',
    'na',
    'pe',
    'ri',
    'so',
    'tu',
    'va',
    'we',
    'xi',
    'yo',
    'za',
  ];
  const vocabulary = Array.from({ length: 4000 }, (_, i) =>
    [i % 20, Math.floor(i / 20) % 20, Math.floor(i / 400) % 20].map((k) => SYLLABLES[k]).join(''),
  );
  const zipf = <T>(list: readonly T[]) => list[Math.min(list.length - 1, Math.floor(list.length ** random()) - 1)];
  const words = (n: number) =>
    Array.from({ length: n }, () => (random() < 0.2 ? zipf(WORDS) : zipf(vocabulary))).join(' ');
  const sentence = (n: number) => {
    const w = words(n);
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(int(8, 18))).join(' ');
  const dateIn = (year: number) =>
    `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const page = (data: object, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;

  for (const folder of ['bodies', 'meetings', 'decisions', 'grant-rounds', 'hmicfrs', 'metrics', 'annual-reports']) {
    mkdirSync(join(outDir, folder), { recursive: true });
  }
  cpSync('content/site.yaml', join(outDir, 'site.yaml'));
  const bodies = [
    'police-and-crime-panel',
    'corporate-governance-board',
    'ethics-panel',
    'audit-panel',
    'partnership-board',
  ];
  for (const [i, id] of bodies.entries()) {
    writeFileSync(
      join(outDir, 'bodies', `${id}.md`),
      page(
        {
          name: `Synthetic ${id.replace(/-/g, ' ')}`,
          shortName: `Body ${i + 1}`,
          kind: 'governance-board',
          purpose: sentence(12),
          access: 'public',
          order: i,
        },
        paragraph(3),
      ),
    );
  }

  const count = (share: number) => Math.max(1, Math.round(total * share));
  let agendaItems = 0;
  let actions = 0;
  const meetingIds: string[] = [];
  // A body meets at most once a day: two meetings of one body on one day are reported as a copy.
  const meetingDays = new Set<string>();
  for (let i = 0; i < count(PROPORTIONS.meetings); i += 1) {
    const year = 2015 + (i % 11);
    const id = `m-${String(i).padStart(5, '0')}`;
    meetingIds.push(id);
    const items = Array.from({ length: int(10, 20) }, (_, n) => ({
      number: n + 1,
      title: sentence(int(3, 7)).slice(0, -1),
      presenter: pick([
        'Chief Constable',
        'Deputy Chief Constable',
        'Chief Finance Officer',
        'Police and Crime Commissioner',
      ]),
      summary: paragraph(int(2, 4)),
      ...(random() < 0.3 ? { overview: paragraph(2), forceUpdate: paragraph(2), pccResponse: paragraph(1) } : {}),
      outcome: pick(['noted', 'discussed', 'agreed', 'deferred']),
      themes: [pick(THEMES)],
      ...(random() < 0.05 ? { visibility: 'official-sensitive', withheldReason: 'Operational detail.' } : {}),
    }));
    agendaItems += items.length;
    const meetingActions = Array.from({ length: int(1, 6) }, (_, n) => ({
      id: `${id}-a${n}`,
      text: sentence(int(8, 16)),
      owner: pick(['Chief Constable', 'Chief Finance Officer', 'OPCC']),
      due: { date: dateIn(year + 1) },
      status: pick(STATUSES),
    }));
    actions += meetingActions.length;
    let body: string;
    let date: string;
    do {
      body = pick(bodies);
      date = dateIn(year);
    } while (meetingDays.has(`${body} ${date}`));
    meetingDays.add(`${body} ${date}`);
    writeFileSync(
      join(outDir, 'meetings', `${id}.md`),
      page(
        {
          body,
          date,
          startTime: '13:00',
          venue: 'Force Headquarters',
          summary: sentence(20),
          agenda: items,
          actions: meetingActions,
          themes: [pick(THEMES)],
        },
        paragraph(4),
      ),
    );
  }
  for (let i = 0; i < count(PROPORTIONS.decisions); i += 1) {
    writeFileSync(
      join(outDir, 'decisions', `d-${String(i).padStart(5, '0')}.md`),
      page(
        {
          title: sentence(int(4, 9)).slice(0, -1),
          date: dateIn(2015 + (i % 11)),
          maker: pick(['pcc', 'board', 'panel']),
          outcome: pick(['approved', 'agreed', 'adopted']),
          summary: sentence(25),
          amount: random() < 0.6 ? int(1, 500) * 1000 : undefined,
          meeting: random() < 0.5 ? pick(meetingIds) : undefined,
          themes: [pick(THEMES)],
        },
        paragraph(5),
      ),
    );
  }
  for (let i = 0; i < count(PROPORTIONS.grantRounds); i += 1) {
    const year = 2015 + (i % 10);
    writeFileSync(
      join(outDir, 'grant-rounds', `g-${String(i).padStart(5, '0')}.md`),
      page(
        {
          scheme: 'Community Safety Grants',
          title: `Community Safety Grants ${year}, round ${i}`,
          financialYear: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
          status: 'awarded',
          pot: 400000,
          maxAward: 10000,
          summary: sentence(20),
          awards: Array.from({ length: int(5, 20) }, () => ({
            recipient: `${sentence(3).slice(0, -1)} Trust`,
            project: sentence(4).slice(0, -1),
            amount: int(1, 10) * 1000,
            purpose: sentence(12),
            reasons: sentence(12),
            area: pick(['Leicester', 'Charnwood', 'Blaby', 'Melton', 'Rutland', 'Harborough']),
            theme: pick(THEMES),
          })),
        },
        paragraph(3),
      ),
    );
  }
  for (let i = 0; i < count(PROPORTIONS.hmicfrs); i += 1) {
    writeFileSync(
      join(outDir, 'hmicfrs', `h-${String(i).padStart(5, '0')}.md`),
      page(
        {
          title: `An inspection of ${words(4)}`,
          inspectionType: pick(['peel', 'thematic', 'super-complaint']),
          published: dateIn(2015 + (i % 10)),
          summary: sentence(20),
          recommendations: Array.from({ length: int(3, 10) }, (_, n) => ({
            id: `r${n + 1}`,
            kind: pick(['recommendation', 'area-for-improvement']),
            text: sentence(20),
            status: pick(['open', 'in-progress', 'complete']),
          })),
          themes: [pick(THEMES)],
        },
        paragraph(4),
      ),
    );
  }
  for (let i = 0; i < count(PROPORTIONS.metrics); i += 1) {
    const months = int(24, 120);
    const start = 2015 * 12;
    writeFileSync(
      join(outDir, 'metrics', `k-${String(i).padStart(5, '0')}.yaml`),
      stringify({
        title: `Measure ${i}: ${words(3)}`,
        definition: sentence(20),
        unit: 'count',
        direction: 'no-preference',
        periodType: 'month',
        theme: pick(THEMES),
        source: { title: 'Synthetic performance report', date: '2025-01-01' },
        dataTo: '2024-12-31',
        series: Array.from({ length: months }, (_, m) => ({
          period: `${Math.floor((start + m) / 12)}-${String(((start + m) % 12) + 1).padStart(2, '0')}`,
          value: int(100, 20000),
        })),
      }),
    );
  }
  for (let i = 0; i < count(PROPORTIONS.annualReports); i += 1) {
    const year = 2000 + i;
    writeFileSync(
      join(outDir, 'annual-reports', `r-${year}.md`),
      page(
        {
          title: `Annual Report ${year}/${String((year + 1) % 100).padStart(2, '0')}`,
          financialYear: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
          author: 'Synthetic Commissioner',
          status: 'final',
          date: `${year + 1}-09-30`,
          summary: sentence(20),
        },
        paragraph(10),
      ),
    );
  }
  const entries = bodies.length + Object.values(PROPORTIONS).reduce((sum, share) => sum + count(share), 0);
  return { entries, agendaItems, actions };
}
