/**
 * Meeting helpers: the anchors of agenda items. The words for statuses,
 * outcomes and resolutions are defined with their values in src/collections/meetings/schema.ts.
 */
import { slugify } from '../../domain/slug';

/**
 * The anchor of an agenda item on its meeting page: its id, else `item-<number>`, else a slug of its title.
 *
 * @example agendaItemAnchor({ number: '6', title: 'Annual report' }) // => "item-6"
 * @example agendaItemAnchor({ number: '6', title: 'Annual report', id: 'annual-report' }) // => "annual-report"
 * @example agendaItemAnchor({ title: 'Reserves Strategy' }) // => "item-reserves-strategy"
 */
export function agendaItemAnchor(item: {
  number?: string | undefined;
  title: string;
  id?: string | undefined;
}): string {
  if (item.id) return item.id;
  const number = item.number ? slugify(item.number) : '';
  return `item-${number || slugify(item.title)}`;
}
