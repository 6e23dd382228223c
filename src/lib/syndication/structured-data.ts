/**
 * schema.org structured data for search engines: an Event for each meeting
 * and a Dataset for each performance measure.
 * @see https://schema.org/Event
 * @see https://schema.org/Dataset
 */
import type { MeetingData } from '../../collections/meetings/schema';
import type { MetricData } from '../../collections/metrics/schema';
import type { SiteConfig } from '../../schemas/site';
import { LICENCE, metricDownloadPath } from './metric-data';
import { precisionOf } from '../rules/format';
import { londonToUtc } from '../rules/london-time';

/**
 * JSON for a `<script type="application/ld+json">` element, written so that no
 * string can end the element or be read as markup: `<`, `>` and `&` become
 * \u escapes (so `</script>` in a venue stays text), as do U+2028 and U+2029,
 * which older JavaScript parsers read as line ends. The result parses back to
 * the same value.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 *
 * @example jsonForScript({ name: '</script><script>alert(1)</script>' })
 * // => '{"name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A meeting as a schema.org Event; undefined when only the month is known. */
export function meetingEvent(
  id: string,
  data: MeetingData,
  name: string,
  siteUrl: string,
  organiser: string,
): Record<string, unknown> | undefined {
  if (precisionOf(data.date) !== 'day') return undefined;
  const start = data.startTime ? londonToUtc(data.date, data.startTime).toISOString() : data.date;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    startDate: start,
    ...(data.startTime && data.endTime ? { endDate: londonToUtc(data.date, data.endTime).toISOString() } : {}),
    eventStatus:
      data.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : data.status === 'postponed'
          ? 'https://schema.org/EventPostponed'
          : 'https://schema.org/EventScheduled',
    ...(data.venue ? { location: { '@type': 'Place', name: data.venue, address: data.venue } } : {}),
    ...(data.withheld ? {} : { description: data.summary }),
    organizer: { '@type': 'Organization', name: organiser },
    url: `${siteUrl}/meetings/${id}/`,
  };
}

/** A performance measure as a schema.org Dataset with its downloads. */
export function metricDataset(id: string, metric: MetricData, site: SiteConfig): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: metric.title,
    description: metric.definition,
    url: `${site.url}/performance/${id}/`,
    license: LICENCE.url,
    creator: { '@type': 'Organization', name: site.office.name },
    temporalCoverage: `${metric.series[0]?.period ?? ''}/${metric.series[metric.series.length - 1]?.period ?? ''}`,
    dateModified: metric.source.date,
    distribution: (['csv', 'json'] as const).map((format) => ({
      '@type': 'DataDownload',
      encodingFormat: format === 'csv' ? 'text/csv' : 'application/json',
      contentUrl: `${site.url}${metricDownloadPath(id, format)}`,
    })),
  };
}
