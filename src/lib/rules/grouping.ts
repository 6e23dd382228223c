/**
 * Small, pure helpers over lists of entries: grouping and counting. (How each
 * kind of record is ordered is part of its registry entry, in src/collections.)
 * They never mutate their input.
 */

/**
 * Groups entries by a key, keeping the order of first appearance.
 *
 * @example groupBy([{ y: 2023 }, { y: 2015 }, { y: 2023 }], (e) => e.y)
 * // => [[2023, [{ y: 2023 }, { y: 2023 }]], [2015, [{ y: 2015 }]]]
 */
export function groupBy<T, K>(entries: readonly T[], keyOf: (entry: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.entries()];
}

/**
 * Counts entries by a key, with every listed key present (zero when absent).
 *
 * @example countBy(['open', 'complete', 'open'], (s) => s, ['open', 'complete', 'superseded'])
 * // => { open: 2, complete: 1, superseded: 0 }
 */
export function countBy<T, K extends string>(
  entries: readonly T[],
  keyOf: (entry: T) => K,
  keys: readonly K[],
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const entry of entries) counts[keyOf(entry)] = (counts[keyOf(entry)] ?? 0) + 1;
  return counts;
}
