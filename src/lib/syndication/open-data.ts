/**
 * Every collection as open data: one table per kind of record, each with its
 * fields described, written as JSON and CSV and listed in a Frictionless
 * data package. Withheld records keep their identifying fields, visibility
 * and reason, and nothing else.
 */
import { stringify } from 'csv-stringify/sync';
import type { Entry } from '../../collections/definition';
import type { Portal } from '../content/portal';
import { type StandardKind, standardKinds, withheldReason } from '../views/standard-kinds';
import { precisionOf } from '../rules/format';
import { awardsState, totalAwarded } from '../rules/grants';
import { responseDueDate, responseTimeliness } from '../rules/hmicfrs';
import { agendaItemAnchor } from '../rules/meetings';
import { FIGURE_KIND_MEANINGS, FIGURE_KINDS, LICENCE, metricFigures } from './metric-data';
import { entryPath } from '../../collections';

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Field {
  name: string;
  /** Frictionless table schema type. */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
}

export interface Dataset {
  id: string;
  title: string;
  description: string;
  fields: Field[];
  rows: Row[];
}

const f = (name: string, type: Field['type'], description: string): Field => ({ name, type, description });

/**
 * A figure the papers give exactly or approximately, as a number column and a
 * qualifier column, so the number stays a number.
 *
 * @example approximateColumns('projects_funded', { value: 100, qualifier: 'more-than' })
 * // => { projects_funded: 100, projects_funded_qualifier: 'more-than' }
 */
function approximateColumns(
  name: string,
  value: number | { value: number; qualifier: string } | undefined,
  unit = '',
): Record<string, number | string | null> {
  const exact = typeof value === 'number';
  return {
    [`${name}${unit}`]: value === undefined ? null : exact ? value : value.value,
    [`${name}_qualifier`]: value === undefined || exact ? null : value.qualifier,
  };
}
const VISIBILITY = [
  f(
    'visibility',
    'string',
    'official (published), official-sensitive, closed-session, exempt, or redacted (blacked out in the source paper)',
  ),
  f('withheld_reason', 'string', 'Why the record is withheld, when it is; its other fields are then empty'),
];
const visibility = (d: { visibility: string; withheldReason?: string | undefined }) => ({
  visibility: d.visibility,
  withheld_reason: d.withheldReason ?? null,
});

/** Keeps a row's cells in the order of its fields, with null for anything missing. */
function shape(fields: Field[], row: Row): Row {
  return Object.fromEntries(fields.map((field) => [field.name, row[field.name] ?? null]));
}

function dataset(id: string, title: string, description: string, fields: Field[], rows: Row[]): Dataset {
  return { id, title, description, fields, rows: rows.map((row) => shape(fields, row)) };
}

/** All datasets for the portal's content. */
export function buildDatasets(portal: Portal, siteUrl: string): Dataset[] {
  const page = (path: string) => `${siteUrl}${path}`;
  const bodyName = (id: string | undefined) => portal.bodies.find((b) => b.id === id)?.data.shortName ?? null;
  const published = portal.meetings.flatMap((m) => (m.data.withheld ? [] : [{ id: m.id, data: m.data }]));

  const meetings = dataset(
    'meetings',
    'Meetings',
    'One row per meeting of a board or panel.',
    [
      f('id', 'string', 'Identifier; also the last part of the page address'),
      f('url', 'string', 'Page on this portal'),
      f('body', 'string', 'Board or panel that met'),
      // A string, not a Table Schema date: YYYY-MM is a month, never a made-up day.
      f('date', 'string', 'Date of the meeting, YYYY-MM-DD, or YYYY-MM when the papers give only the month'),
      f('date_precision', 'string', 'day, or month when the papers give only the month'),
      f('meeting_type', 'string', 'ordinary, annual, confirmation-hearing, extraordinary or finance'),
      f('status', 'string', 'held, scheduled, agenda-only (agenda published, minutes not), cancelled or postponed'),
      f('start_time', 'string', 'UK time, HH:MM'),
      f('end_time', 'string', 'UK time, HH:MM'),
      f('venue', 'string', 'Where it was held'),
      f('summary', 'string', 'One-sentence summary'),
      f('agenda_items', 'integer', 'Number of agenda items'),
      f('actions_raised', 'integer', 'Number of actions raised'),
      ...VISIBILITY,
    ],
    portal.meetings.map((m) => {
      const d = m.data;
      return {
        id: m.id,
        url: page(entryPath('meetings', m.id)),
        body: bodyName(d.body),
        date: d.date,
        date_precision: precisionOf(d.date),
        meeting_type: d.meetingType,
        status: d.status,
        start_time: d.startTime ?? null,
        end_time: d.endTime ?? null,
        venue: d.venue ?? null,
        summary: d.withheld ? null : d.summary,
        agenda_items: d.withheld ? null : d.agenda.length,
        actions_raised: d.withheld ? null : d.actions.length,
        ...visibility(d),
      };
    }),
  );

  const agendaItems = dataset(
    'agenda-items',
    'Agenda items',
    'One row per agenda item of every published meeting.',
    [
      f('meeting_id', 'string', 'Meeting the item was taken at'),
      f('url', 'string', 'The item on the meeting page'),
      f('number', 'string', 'Item number as printed'),
      f('title', 'string', 'Title as printed'),
      f('presenter', 'string', 'Who presented it'),
      f('outcome', 'string', 'What happened to it, e.g. noted, deferred, not-reached'),
      f('summary', 'string', 'Summary; for Corporate Governance Board items, the overview'),
      f('force_update', 'string', 'Corporate Governance Board: the force update'),
      f('pcc_response', 'string', "Corporate Governance Board: the Commissioner's response"),
      f('resolutions', 'string', 'Resolutions, separated by " | "'),
      f('themes', 'string', 'Police and Crime Plan theme ids, separated by " | "'),
      ...VISIBILITY,
    ],
    published.flatMap((m) =>
      m.data.agenda.map((item) => ({
        meeting_id: m.id,
        url: page(`${entryPath('meetings', m.id)}#${agendaItemAnchor(item)}`),
        number: item.number ?? null,
        title: item.title,
        ...(item.withheld
          ? {}
          : {
              presenter: item.presenter?.name ?? null,
              outcome: item.outcome ?? null,
              summary: item.summary ?? item.overview ?? null,
              force_update: item.forceUpdate ?? null,
              pcc_response: item.pccResponse ?? null,
              resolutions: item.resolutions.map((r) => r.text).join(' | ') || null,
              themes: item.themes.join(' | ') || null,
            }),
        ...visibility(item),
      })),
    ),
  );

  const actions = dataset(
    'actions',
    'Actions arising',
    'One row per action, with its latest status.',
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'The action on the page of the meeting that raised it'),
      f('meeting_id', 'string', 'Meeting that raised it'),
      f('raised_on', 'date', 'Date of that meeting'),
      f('text', 'string', 'What was asked for'),
      f('owner', 'string', 'Who must do it'),
      f('due_date', 'date', 'Due date, where set'),
      f('due_meeting', 'string', 'Meeting it is due at, where set instead'),
      f('status', 'string', 'Latest status: open, in-progress, awaiting-sign-off, complete or superseded'),
      f('last_reported_at', 'string', 'Meeting where the latest status was recorded'),
      f('note', 'string', 'Latest words reported'),
      ...VISIBILITY,
    ],
    portal.actions.map(({ action, raisedAt, status, history }) => {
      const latest = history[history.length - 1];
      return {
        id: action.id,
        url: page(`${entryPath('meetings', raisedAt.id)}#action-${action.id}`),
        meeting_id: raisedAt.id,
        raised_on: raisedAt.date,
        text: action.withheld ? null : action.text,
        owner: action.owner,
        due_date: action.due?.date ?? null,
        due_meeting: action.due?.meeting ?? null,
        status,
        last_reported_at: latest?.meeting ?? null,
        note: latest?.note ?? null,
        ...visibility(action),
      };
    }),
  );

  const decisions = dataset(
    'decisions',
    'Decisions',
    'One row per decision of significant public interest.',
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'Page on this portal'),
      f('reference', 'string', "The office's own decision number, where it has one"),
      f('date', 'string', 'Date of the decision, YYYY-MM-DD, or YYYY-MM when the papers give only the month'),
      f('date_precision', 'string', 'day, or month when the papers give only the month'),
      f('maker', 'string', 'pcc, board or panel'),
      f('body', 'string', 'Board or panel, where one took it'),
      f('title', 'string', 'What was decided'),
      f('outcome', 'string', 'approved, adopted, agreed, supported, rejected or vetoed'),
      f('summary', 'string', 'Plain-English summary'),
      f('amount_gbp', 'number', 'Money committed, in pounds'),
      f('funding_source', 'string', 'Where the money comes from'),
      f('significant_public_interest', 'boolean', 'A decision of significant public interest'),
      f('meeting_id', 'string', 'Meeting where it was taken'),
      f('exempt_part_reason', 'string', 'Why part of it is withheld, if any part is'),
      ...VISIBILITY,
    ],
    portal.decisions.map((d) => ({
      id: d.id,
      url: page(entryPath('decisions', d.id)),
      reference: d.data.reference ?? null,
      date: d.data.date,
      date_precision: precisionOf(d.data.date),
      maker: d.data.maker,
      body: bodyName(d.data.body),
      title: d.data.title,
      meeting_id: d.data.meeting ?? null,
      ...(d.data.withheld
        ? {}
        : {
            outcome: d.data.outcome,
            summary: d.data.summary,
            amount_gbp: d.data.amount ?? null,
            funding_source: d.data.fundingSource ?? null,
            significant_public_interest: d.data.significantPublicInterest,
            exempt_part_reason: d.data.exemptPart?.reason ?? null,
          }),
      ...visibility(d.data),
    })),
  );

  const grantRounds = dataset(
    'grant-rounds',
    'Grant rounds',
    'One row per round of a grant scheme.',
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'Page on this portal'),
      f('scheme', 'string', 'Grant scheme'),
      f('title', 'string', 'Round'),
      f('financial_year', 'string', 'Financial year, e.g. 2023/24'),
      f('round', 'integer', 'Round number'),
      f('status', 'string', 'planned, open, assessing, awarded or closed'),
      f('status_as_at', 'string', 'Date of the paper that reported the status (YYYY-MM-DD, or YYYY-MM)'),
      f('pot_gbp', 'number', "The scheme's pot for the year, in pounds"),
      f('max_award_gbp', 'number', 'Largest award per project, in pounds'),
      f('opens', 'date', 'Applications open'),
      f('closes', 'date', 'Applications close'),
      f('applications', 'string', 'Applications received, as the source gives it'),
      f('awards', 'integer', 'Awards listed one by one in grant-awards; empty when the papers do not list them'),
      f('awarded_gbp', 'number', 'Total of the listed awards, in pounds; empty when the papers do not list them'),
      f('projects_funded', 'integer', 'Projects funded, as the papers report it when they do not list the awards'),
      f(
        'projects_funded_qualifier',
        'string',
        'more-than, about, at-least or fewer-than when the count is approximate',
      ),
      f(
        'amount_funded_gbp',
        'number',
        'Money awarded in all, as the papers report it when they do not list the awards',
      ),
      f('amount_funded_qualifier', 'string', 'more-than, about, at-least or fewer-than when the amount is approximate'),
      f('bids', 'integer', "Bids the office made to another funder's scheme"),
      f('bid_total_gbp', 'number', 'Total asked for in those bids, in pounds'),
      ...VISIBILITY,
    ],
    portal['grant-rounds'].map((g) => {
      const d = g.data;
      const count = d.withheld ? null : d.applicationsReceived;
      return {
        id: g.id,
        url: page(entryPath('grant-rounds', g.id)),
        scheme: d.scheme,
        title: d.title,
        financial_year: d.financialYear,
        round: d.round ?? null,
        status: d.status,
        status_as_at: d.statusAsAt ?? null,
        ...(d.withheld
          ? {}
          : {
              pot_gbp: d.pot ?? null,
              max_award_gbp: d.maxAward ?? null,
              opens: d.opens ?? null,
              closes: d.closes ?? null,
              applications:
                count === null || count === undefined
                  ? null
                  : typeof count === 'number'
                    ? String(count)
                    : `${count.qualifier} ${count.value}`,
              // A round that made awards the papers do not list has unknown awards, not zero.
              ...(awardsState(d) === 'not-published'
                ? { awards: null, awarded_gbp: null }
                : { awards: d.awards.length, awarded_gbp: totalAwarded(d.awards) }),
              ...approximateColumns('projects_funded', d.reportedTotals?.projects),
              ...approximateColumns('amount_funded', d.reportedTotals?.amount, '_gbp'),
              bids: d.bids.length || null,
              bid_total_gbp: d.bids.length ? totalAwarded(d.bids) : null,
            }),
        ...visibility(d),
      };
    }),
  );

  const grantAwards = dataset(
    'grant-awards',
    'Grant awards',
    'One row per grant awarded, with the reasons for the award.',
    [
      f('round_id', 'string', 'Grant round'),
      f('recipient', 'string', 'Organisation funded'),
      f('project', 'string', 'Project funded'),
      f('amount_gbp', 'number', 'Amount awarded, in pounds'),
      f('purpose', 'string', 'What the money is for'),
      f('conditions', 'string', 'Conditions, separated by " | "'),
      f('reasons', 'string', 'Why the award was made'),
      f('area', 'string', 'Area that benefits'),
      f('theme', 'string', 'Police and Crime Plan theme id'),
      ...VISIBILITY,
    ],
    portal['grant-rounds'].flatMap((g) =>
      g.data.withheld
        ? []
        : g.data.awards.map((a) => ({
            round_id: g.id,
            amount_gbp: a.amount,
            area: a.area,
            ...(a.withheld
              ? {}
              : {
                  recipient: a.recipient,
                  project: a.project,
                  purpose: a.purpose,
                  conditions: a.conditions.join(' | ') || null,
                  reasons: a.reasons,
                  theme: a.theme ?? null,
                }),
            ...visibility(a),
          })),
    ),
  );

  const hmicfrs = dataset(
    'hmicfrs',
    'HMICFRS reports and responses',
    "One row per inspection report, with the Commissioner's response and the 56-day duty.",
    [
      f('id', 'string', 'Identifier'),
      f('url', 'string', 'Page on this portal'),
      f('title', 'string', 'Report title'),
      f('inspection_type', 'string', 'peel, thematic, force, super-complaint, regional or joint'),
      f('published', 'date', 'Date HMICFRS published the report'),
      f('response_due', 'date', 'Published date + 55 days (day 56, counting publication day as day 1)'),
      f('response_published', 'date', "Date the Commissioner's response was published"),
      f('response_year', 'string', 'Financial year of the response, where the exact date is not known'),
      f(
        'timeliness',
        'string',
        'on-time or late (from the dates, or as a public paper reports it); not-recorded when neither is known',
      ),
      f('timeliness_basis', 'string', 'dates when worked out from the two dates; reported when a paper states it'),
      f('timeliness_source', 'string', 'The paper that reports the timeliness, when it is not worked out from dates'),
      f('days_late', 'integer', 'Days after the due date, when late'),
      f('recommendations', 'integer', 'Number of recommendations and areas for improvement'),
      ...VISIBILITY,
    ],
    portal.hmicfrs.map((h) => {
      const d = h.data;
      const responded = d.withheld ? undefined : d.responsePublished;
      const timeliness = responseTimeliness(d.published, responded, d.reportedTimeliness);
      const reported = timeliness.kind === 'reported' ? timeliness : undefined;
      const known = reported ? reported.status : timeliness.kind;
      return {
        id: h.id,
        url: page(entryPath('hmicfrs', h.id)),
        title: d.title,
        inspection_type: d.inspectionType,
        published: d.published ?? null,
        response_due: d.published ? responseDueDate(d.published) : null,
        response_published: responded ?? null,
        response_year: d.responseYear ?? null,
        timeliness: known === 'on-time' || known === 'late' ? known : 'not-recorded',
        timeliness_basis: reported ? 'reported' : known === 'on-time' || known === 'late' ? 'dates' : null,
        timeliness_source: reported
          ? [reported.source.title, reported.source.location].filter(Boolean).join(', ')
          : null,
        days_late: timeliness.kind === 'late' ? timeliness.daysLate : null,
        recommendations: d.withheld ? null : d.recommendations.length,
        ...visibility(d),
      };
    }),
  );

  const recommendations = dataset(
    'hmicfrs-recommendations',
    'HMICFRS recommendations and areas for improvement',
    'One row per recommendation or area for improvement, with its status.',
    [
      f('report_id', 'string', 'Inspection report'),
      f('id', 'string', 'Identifier within the report'),
      f('url', 'string', 'The recommendation on the report page'),
      f('kind', 'string', 'recommendation, area-for-improvement or cause-of-concern'),
      f('text', 'string', 'The recommendation'),
      f('status', 'string', 'open, in-progress, complete, superseded or not-accepted'),
      f('owner', 'string', 'Who leads on it'),
      f('latest_update_date', 'date', 'Date of the latest update'),
      f('latest_update', 'string', 'Latest update'),
      ...VISIBILITY,
    ],
    portal.hmicfrs.flatMap((h) =>
      h.data.withheld
        ? []
        : h.data.recommendations.map((r) => ({
            report_id: h.id,
            id: r.id,
            url: page(`${entryPath('hmicfrs', h.id)}#rec-${r.id}`),
            kind: r.kind,
            status: r.status,
            ...(r.withheld
              ? {}
              : {
                  text: r.text,
                  owner: r.owner ?? null,
                  latest_update_date: r.latestUpdate?.date ?? null,
                  latest_update: r.latestUpdate?.text ?? null,
                }),
            ...visibility(r),
          })),
    ),
  );

  const metrics = dataset(
    'metrics',
    'Performance measures',
    'Every figure of every performance measure, as its page shows them: one row per value, comparison, target and baseline.',
    [
      f('metric_id', 'string', 'Measure'),
      f('title', 'string', 'Measure title'),
      f('unit', 'string', 'percent, count, currency, minutes or days'),
      f('period_type', 'string', 'month, quarter, financial-year, calendar-year or rolling-12-months'),
      f(
        'figure_kind',
        'string',
        `What the figure is: ${FIGURE_KINDS.map((kind) => `${kind} (${FIGURE_KIND_MEANINGS[kind]})`).join('; ')}`,
      ),
      f('series', 'string', "Which line it belongs to: the measure's title, a comparison, or the target or baseline"),
      f('period', 'string', 'Period, e.g. 2023-05 or 2022/23; empty for a target the source gives no period for'),
      f('value', 'number', 'Value in the unit'),
      f('qualifier', 'string', 'about, more-than or less-than, when the source qualifies the value'),
      f('note', 'string', 'Note on the value'),
      f('published_change_1_year_pct', 'number', 'Change on a year earlier in per cent, as the source prints it'),
      f('published_change_2_years_pct', 'number', 'Change on two years earlier in per cent, as the source prints it'),
      f('published_change_3_years_pct', 'number', 'Change on three years earlier in per cent, as the source prints it'),
      f('source', 'string', 'Source document'),
      f('source_location', 'string', 'Where in the source document the figures are'),
    ],
    portal.metrics.flatMap((m) =>
      metricFigures(m.data).map((figure) => ({
        metric_id: m.id,
        title: m.data.title,
        unit: m.data.unit,
        period_type: m.data.periodType,
        figure_kind: figure.kind,
        series: figure.series,
        period: figure.period,
        value: figure.value,
        qualifier: figure.qualifier,
        note: figure.note,
        published_change_1_year_pct: figure.changes?.oneYear ?? null,
        published_change_2_years_pct: figure.changes?.twoYears ?? null,
        published_change_3_years_pct: figure.changes?.threeYears ?? null,
        source: m.data.source.title,
        source_location: m.data.source.location ?? null,
      })),
    ),
  );

  return [
    ...[meetings, agendaItems, actions, decisions, grantRounds, grantAwards, hmicfrs, recommendations, metrics],
    ...standardKinds().map((standard) => standardDataset(portal, standard, page)),
  ];
}

/** A column name from a fact's label: "Supplier" is supplier, "Value (£)" is value. */
const columnOf = (label: string) =>
  label
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .trim()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * The dataset of a kind the standard pages show: one row per entry with what
 * its page shows (id, address, title, date, summary, each key fact), and for a
 * withheld entry only its id, address, title, date and why.
 */
export function standardDataset(
  portal: Portal,
  { name, kind, display, segment, label, entryPath }: StandardKind,
  page: (path: string) => string,
): Dataset {
  const entries = portal[name] as Entry[];
  const published = (entry: Entry) => withheldReason(entry) === undefined;
  const facts = entries.map((entry) => (published(entry) ? (display.facts?.(entry) ?? []) : []));
  const labels = [...new Set(facts.flat().map(([label]) => label))];
  const withholdable = kind.withholding !== undefined;
  return dataset(
    segment,
    label,
    `One row per entry of the ${label.toLowerCase()} register.`,
    [
      f('id', 'string', 'Identifier; also the last part of the page address'),
      f('url', 'string', 'Page on this portal'),
      f('title', 'string', 'Title'),
      f('date', 'string', 'Date, YYYY-MM-DD, or YYYY-MM when only the month is known'),
      f('summary', 'string', 'Summary'),
      ...labels.map((factLabel) => f(columnOf(factLabel), 'string', factLabel)),
      ...(withholdable ? VISIBILITY : []),
    ],
    entries.map((entry, i) => ({
      id: entry.id,
      url: page(entryPath(entry.id)),
      title: display.title(entry),
      date: display.date(entry) ?? null,
      summary: published(entry) ? (display.summary(entry) ?? null) : null,
      ...Object.fromEntries((facts[i] ?? []).map(([factLabel, value]) => [columnOf(factLabel), value ?? null])),
      ...(withholdable ? visibility(entry.data as { visibility: string; withheldReason?: string }) : {}),
    })),
  );
}

/** A dataset as CSV: a header row of field names, then one line per row. */
export function datasetCsv(data: Dataset): string {
  return stringify(data.rows, {
    header: true,
    columns: data.fields.map((field) => field.name),
    cast: { boolean: (value) => (value ? 'true' : 'false'), number: String },
    // A cell starting =, +, -, @, tab or carriage return is a live formula in a spreadsheet:
    // prefix it with ' as OWASP advises. Numbers, negative ones included, stay numbers.
    // @see https://owasp.org/www-community/attacks/CSV_Injection
    escape_formulas: true,
  });
}

/** A dataset as JSON: its description, fields and rows. */
export function datasetJson(data: Dataset, generated: string): string {
  return `${JSON.stringify({ id: data.id, title: data.title, description: data.description, generated, licence: LICENCE, fields: data.fields, rows: data.rows }, null, 2)}\n`;
}

/** A Frictionless data package describing every download. @see https://specs.frictionlessdata.io/data-package/ */
export function dataPackage(
  datasets: readonly Dataset[],
  options: { name: string; title: string; siteUrl: string; generated: string },
): string {
  return `${JSON.stringify(
    {
      profile: 'tabular-data-package',
      name: options.name,
      title: options.title,
      homepage: `${options.siteUrl}/data/`,
      created: options.generated,
      licenses: [{ name: 'OGL-UK-3.0', title: LICENCE.name, path: LICENCE.url }],
      resources: datasets.map((d) => ({
        name: d.id,
        title: d.title,
        description: d.description,
        path: `${options.siteUrl}/data/${d.id}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: { fields: d.fields },
      })),
    },
    null,
    2,
  )}\n`;
}
