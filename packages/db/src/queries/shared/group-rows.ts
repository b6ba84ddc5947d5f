/*
 * Rows read in one query for many owners (meetings, people, goals, teams), put back under each
 * owner in the order the query gave them.
 */

/** The rows under their key. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** The rows under the value of their field `key`, without that field. */
export function groupByField<T, K extends keyof T>(
  rows: readonly T[],
  key: K,
): Map<T[K], Omit<T, K>[]> {
  const groups = new Map<T[K], Omit<T, K>[]>();
  for (const { [key]: value, ...rest } of rows) {
    const group = groups.get(value);
    if (group) group.push(rest);
    else groups.set(value, [rest]);
  }
  return groups;
}
