/** Performance measures and their values over time (YAML files). */
import { type CollectionDefinition, DATA, byOrder, type EntryOf } from '../definition';
import { metricDatasets } from './data';
import { placeholder, slugOf, titleOf } from '../starter';
import { takeaway } from '../../lib/rules/takeaway';
import { metricSchema } from './schema';

export const metrics = {
  folder: 'metrics',
  extensions: DATA,
  schema: metricSchema,
  copyFields: ['title'],
  // Published at /performance/ since launch: readers look for performance, not metrics.
  route: '/performance/',
  entryLabel: 'Performance measure',
  pages: {
    list: 'src/collections/metrics/ListPage.astro',
    entry: 'src/collections/metrics/EntryPage.astro',
  },
  registers: [
    {
      href: '/performance/',
      label: 'Performance',
      description: 'how the force is doing against the Police and Crime Plan, with the data behind each chart',
      order: 40,
    },
  ],
  feed: {
    // Its address follows the register's, /performance/.
    id: 'performance',
    title: 'Performance measures',
    item: (m: EntryOf<typeof metricSchema>) => ({
      title: m.data.title,
      description: takeaway(m.data),
      date: m.data.dataTo,
    }),
  },
  datasets: metricDatasets,
  starter: {
    name: 'metric',
    start: (options) => ({
      file: `${slugOf(options)}.yaml`,
      data: {
        title: titleOf(options),
        definition: placeholder('what is counted and how, in plain English.'),
        unit: 'count',
        direction: 'no-preference',
        periodType: 'month',
        theme: options.theme,
        source: { title: placeholder('the source document'), date: options.date },
        dataTo: options.date,
        series: [{ period: options.date.slice(0, 7), value: 0 }],
      },
    }),
  },
  compare: byOrder,
} as const satisfies CollectionDefinition;
