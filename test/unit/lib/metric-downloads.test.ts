import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../../src/config/site';
import { metricDownloadPath, toMetricCsv, toMetricJson } from '../../../src/lib/downloads/metric-data';
import { makeMetric } from '../../fixtures/builders';

const site = loadSiteConfig('test/fixtures/withheld-site/site.yaml');
const metric = makeMetric({
  series: [
    { period: '2023-04', value: 17176, note: 'A note, with a comma and "quotes"' },
    { period: '2023-05', value: 20087, changesAsPublished: { oneYear: 22.7 } },
  ],
  comparisons: [{ label: 'DVPOs granted', series: [{ period: '2023-05', value: 16 }] }],
});

describe('metric downloads', () => {
  it('names files after the metric', () => {
    expect(metricDownloadPath('999-calls', 'csv')).toBe('/performance/999-calls.csv');
  });

  it('writes a CSV that a CSV parser reads back to the same values', () => {
    const rows = parse<Record<string, string>>(toMetricCsv(metric), { columns: true });
    expect(rows).toEqual([
      {
        period: '2023-04',
        period_label: 'April 2023',
        value: '17176',
        unit: 'count',
        qualifier: '',
        note: 'A note, with a comma and "quotes"',
        comparison_dvpos_granted: '',
        published_change_1_year_pct: '',
        published_change_2_years_pct: '',
        published_change_3_years_pct: '',
      },
      {
        period: '2023-05',
        period_label: 'May 2023',
        value: '20087',
        unit: 'count',
        qualifier: '',
        note: '',
        comparison_dvpos_granted: '16',
        published_change_1_year_pct: '22.7',
        published_change_2_years_pct: '',
        published_change_3_years_pct: '',
      },
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
    expect(json.data).toHaveLength(2);
  });
});
