/** Performance measures and their values over time (YAML files). */
import { type CollectionDefinition, DATA, byOrder } from '../definition';
import { metricSchema } from './schema';

export const metrics = {
  folder: 'metrics',
  extensions: DATA,
  schema: metricSchema,
  copyFields: ['title'],
  // Published at /performance/ since launch: readers look for performance, not metrics.
  route: '/performance/',
  entryLabel: 'Performance measure',
  registers: [
    {
      href: '/performance/',
      label: 'Performance',
      description: 'how the force is doing against the Police and Crime Plan, with the data behind each chart',
      order: 40,
    },
  ],
  compare: byOrder,
} as const satisfies CollectionDefinition;
