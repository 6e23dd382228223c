/**
 * The kinds of record the portal's standard pages show: those whose registry
 * entry says how to display them (`display`) and that have no pages of their
 * own. Their list is at their route, e.g. /contracts/, and each entry under it.
 */
import { COLLECTIONS, type CollectionDefinition, type CollectionName } from '../../collections';
import type { Display, Entry } from '../../collections/definition';

export interface StandardKind {
  name: CollectionName;
  kind: CollectionDefinition;
  display: Display;
  /** The route's one segment, e.g. "contracts" for /contracts/. */
  segment: string;
  /** What its register, feed and dataset are called: its first register's label, e.g. "Contracts". */
  label: string;
  /** The address of one entry's page, e.g. /contracts/2024-fleet-maintenance/. */
  entryPath: (id: string) => string;
}

/**
 * Every kind the standard pages show.
 *
 * @example standardKinds({ contracts: { route: '/contracts/', display, … } })[0].segment // => "contracts"
 */
export function standardKinds(
  collections: Readonly<Record<string, CollectionDefinition>> = COLLECTIONS,
): StandardKind[] {
  return Object.entries(collections).flatMap(([name, kind]) =>
    kind.display && !kind.pages
      ? [
          {
            name: name as CollectionName,
            kind,
            display: kind.display,
            segment: kind.route.replace(/^\/|\/$/g, ''),
            label: kind.registers[0]?.label ?? kind.entryLabel,
            entryPath: (id: string) => `${kind.route}${id}/`,
          },
        ]
      : [],
  );
}

/** Whether an entry is withheld from publication, and why: the standard pages then show only its title and date. */
export function withheldReason(entry: Entry): string | undefined {
  const data = entry.data as { withheld?: boolean; withheldReason?: string };
  return data.withheld ? (data.withheldReason ?? 'Withheld from publication.') : undefined;
}
