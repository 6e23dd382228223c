/**
 * What HMICFRS reports give search besides their pages: each published
 * recommendation or area for improvement, landing on it on its report's page.
 */
import type { EntryOf, SearchPart } from '../definition';
import { type hmicfrsSchema, RECOMMENDATION_STATUS_LABELS } from './schema';

/** How a recommendation is typed in search results and the type filter. */
export const RECOMMENDATION_RESULT = 'HMICFRS recommendation';

/** A title short enough for a result: the recommendation's first words, then the report it is from. */
const titleOf = (text: string, report: string) => `${text.length > 90 ? `${text.slice(0, 87)}…` : text} (${report})`;

export function recommendationParts(entries: readonly EntryOf<typeof hmicfrsSchema>[]): SearchPart[] {
  return entries.flatMap(({ id, data }) => {
    if (data.withheld) return [];
    return data.recommendations.flatMap((rec) =>
      rec.withheld
        ? []
        : [
            {
              entryId: id,
              anchor: `rec-${rec.id}`,
              title: titleOf(rec.text, data.title),
              text: [rec.text, rec.owner, rec.latestUpdate?.text],
              type: RECOMMENDATION_RESULT,
              date: data.published,
              themes: data.themes,
              status: RECOMMENDATION_STATUS_LABELS[rec.status],
            },
          ],
    );
  });
}
