import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadSiteConfig } from '../../../../src/lib/content/site';
import {
  metricDownloadPath,
  metricFigures,
  toMetricCsv,
  toMetricJson,
} from '../../../../src/lib/syndication/metric-data';
import { metricSchema } from '../../../../src/collections/metrics/schema';
import { makeMetric } from '../../../fixtures/builders';

const site = loadSiteConfig('test/fixtures/withheld-site/site.yaml');
const metric = makeMetric({
  series: [
    { period: '2023-04', value: 17176, note: 'A note, with a comma and "quotes"' },
    { period: '2023-05', value: 20087, changesAsPublished: { oneYear: 22.7 } },
  ],
  comparisons: [{ label: 'DVPOs granted', kind: 'related-series', series: [{ period: '2023-05', value: 16 }] }],
});

describe('metric downloads', () => {
  it('names files after the metric', () => {
    expect(metricDownloadPath('999-calls', 'csv')).toBe('/performance/999-calls.csv');
  });

  it('writes a CSV that a CSV parser reads back to the same values, one row per figure with its kind', () => {
    const rows = parse<Record<string, string>>(toMetricCsv(metric), { columns: true });
    const empty = { qualifier: '', published_change_2_years_pct: '', published_change_3_years_pct: '' };
    expect(rows).toEqual([
      {
        figure_kind: 'value',
        series: '999 calls received',
        period: '2023-04',
        period_label: 'April 2023',
        value: '17176',
        unit: 'count',
        note: 'A note, with a comma and "quotes"',
        published_change_1_year_pct: '',
        ...empty,
      },
      {
        figure_kind: 'value',
        series: '999 calls received',
        period: '2023-05',
        period_label: 'May 2023',
        value: '20087',
        unit: 'count',
        note: '',
        published_change_1_year_pct: '22.7',
        ...empty,
      },
      {
        figure_kind: 'related-series',
        series: 'DVPOs granted',
        period: '2023-05',
        period_label: 'May 2023',
        value: '16',
        unit: 'count',
        note: '',
        published_change_1_year_pct: '',
        ...empty,
      },
    ]);
  });

  it('has a row for the target and baseline, and a target without a period has an empty period', () => {
    const rape = makeMetric({
      unit: 'percent',
      periodType: 'financial-year',
      series: [{ period: '2021/22', value: 3.4 }],
      target: { value: 8, label: 'Force target' },
      baseline: { value: 3.4, period: '2021/22' },
      comparisons: [{ label: 'England and Wales', series: [{ period: '2021/22', value: 5 }] }],
    });
    const rows = parse<Record<string, string>>(toMetricCsv(rape), { columns: true });
    expect(rows.map((r) => [r.figure_kind, r.series, r.period, r.value])).toEqual([
      ['value', '999 calls received', '2021/22', '3.4'],
      ['comparator', 'England and Wales', '2021/22', '5'],
      ['target', 'Force target', '', '8'],
      ['baseline', 'Baseline', '2021/22', '3.4'],
    ]);
  });

  it('writes JSON with the metadata a reuser needs', () => {
    const json = JSON.parse(toMetricJson('999-calls', metric, site)) as {
      metadata: Record<string, unknown>;
      data: unknown[];
    };
    expect(json.metadata).toMatchObject({
      id: '999-calls',
      title: '999 calls received',
      unit: 'count',
      definition: metric.definition,
      source: { title: 'Police and Crime Panel agenda pack, 9 October 2023', date: '2023-10-09' },
      licence: { name: 'Open Government Licence v3.0' },
      page: 'https://fixture.example.org/performance/999-calls/',
    });
    expect(json.metadata.citation).toBe(
      'Office of the Police and Crime Commissioner for Testshire, "999 calls received", data to 2023-05-31, https://fixture.example.org/performance/999-calls/ (source: Police and Crime Panel agenda pack, 9 October 2023).',
    );
    expect(json.data).toHaveLength(3);
    expect(json.metadata.comparisons).toEqual([{ label: 'DVPOs granted', kind: 'related-series' }]);
  });
});

/**
 * The figures the papers print, typed in from them, checked against what the
 * downloads of the launch content hold. Line numbers are of the seed papers.
 */
describe('the launch content downloads hold every figure the papers give', () => {
  const load = (id: string) =>
    metricSchema.parse(parseYaml(readFileSync(`content/metrics/${id}.yaml`, 'utf8')) as unknown);
  const csvRows = (id: string) => parse<Record<string, string>>(toMetricCsv(load(id)), { columns: true });

  it('monthly DVPOs granted, April 2021 to March 2023 (Figure 5 of the DA and VAWG update, 9 October 2023)', () => {
    const granted = [27, 30, 23, 20, 25, 16, 23, 18, 26, 18, 8, 23, 19, 14, 17, 18, 17, 11, 21, 16, 16, 20, 16, 16];
    const rows = csvRows('dvpn-issued').filter((r) => r.figure_kind === 'related-series');
    expect(rows.map((r) => Number(r.value))).toEqual(granted);
    expect(rows[0]).toMatchObject({ series: 'DVPOs granted', period: '2021-04' });
    expect(rows.at(-1)).toMatchObject({ period: '2023-03' });
  });

  it('England and Wales comparators for complaints (Police Complaint Statistics, paragraphs 10 and 13)', () => {
    const comparator = (id: string) => csvRows(id).filter((r) => r.figure_kind === 'comparator');
    expect(comparator('complaints-allegations-per-1000-employees').map((r) => [r.series, r.period, r.value])).toEqual([
      ['England and Wales', '2013/14', '251'],
    ]);
    expect(comparator('complaints-days-to-finalise').map((r) => [r.series, r.period, r.value])).toEqual([
      ['England and Wales', '2013/14', '101'],
    ]);
  });

  it('the 8% rape positive outcome target, from a 3.4% baseline in 2021/22 (CGB report, 18 June 2024, paragraph 13)', () => {
    const rows = csvRows('rape-positive-outcome-rate');
    expect(rows.filter((r) => r.figure_kind === 'target').map((r) => [r.value, r.unit])).toEqual([['8', 'percent']]);
    expect(rows.filter((r) => r.figure_kind === 'baseline').map((r) => [r.period, r.value])).toEqual([
      ['2021/22', '3.4'],
    ]);
  });

  it('the £3.9m efficiency savings target for 2023/24 (Efficiency Savings 2023-24, paragraph 2)', () => {
    const rows = csvRows('efficiency-savings').filter((r) => r.figure_kind === 'target');
    expect(rows.map((r) => [r.period, r.value, r.unit])).toEqual([['2023/24', '3900000', 'currency']]);
  });

  it('every figure the content files hold, and no other', () => {
    for (const id of [
      'dvpn-issued',
      'complaints-days-to-finalise',
      'rape-positive-outcome-rate',
      'efficiency-savings',
    ]) {
      const raw = parseYaml(readFileSync(`content/metrics/${id}.yaml`, 'utf8')) as {
        series: { value: number }[];
        comparisons?: { series: { value: number }[] }[];
        target?: { value: number };
        baseline?: { value: number };
      };
      const inFile = [
        ...raw.series.map((p) => p.value),
        ...(raw.comparisons ?? []).flatMap((c) => c.series.map((p) => p.value)),
        ...(raw.target ? [raw.target.value] : []),
        ...(raw.baseline ? [raw.baseline.value] : []),
      ];
      expect(csvRows(id).map((r) => Number(r.value))).toEqual(inFile);
      expect(metricFigures(load(id))).toHaveLength(inFile.length);
    }
  });
});
