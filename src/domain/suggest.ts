/**
 * "Did you mean …?" for mistyped ids, field names and values.
 */

/**
 * Edit distance between two strings, counting a swap of two neighbouring
 * letters ("tilte" for "title") as one edit, as people make it.
 *
 * @example editDistance('cgb-2023-06-12', 'cgb-2023-06-21') // => 1
 * @example editDistance('visiblity', 'visibility') // => 1
 */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: Levenshtein plus adjacent transpositions.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/**
 * Up to three known ids closest to a mistyped one: ids are long, so a few
 * edits still point at the one meant.
 *
 * @example closestIds('cgb-2023-06-12', ['cgb-2023-06-21', 'pcp-2023-10-09']) // => ["cgb-2023-06-21"]
 */
export function closestIds(wanted: string, known: Iterable<string>): string[] {
  return [...known]
    .map((id) => ({ id, distance: editDistance(wanted, id) }))
    .filter(({ distance, id }) => distance <= Math.max(3, Math.floor(Math.max(wanted.length, id.length) / 3)))
    .sort((x, y) => x.distance - y.distance || x.id.localeCompare(y.id))
    .slice(0, 3)
    .map(({ id }) => id);
}

/**
 * The known word nearest to a mistyped one, ignoring case, or undefined when
 * none is close: words are short, so only one or two edits count
 * ("foo" must not suggest "body").
 *
 * @example nearestWord('Visibilty', ['title', 'visibility']) // => "visibility"
 * @example nearestWord('foo', ['body', 'date']) // => undefined
 */
export function nearestWord(wanted: string, known: Iterable<string>): string | undefined {
  const lower = wanted.toLowerCase();
  let best: { word: string; distance: number } | undefined;
  for (const word of known) {
    const distance = editDistance(lower, word.toLowerCase());
    const allowed = Math.max(wanted.length, word.length) <= 4 ? 1 : Math.max(2, Math.floor(word.length / 4));
    if (distance <= allowed && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word;
}
