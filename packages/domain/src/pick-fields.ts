/**
 * The named fields of `row` and nothing else. An output built this way lists what it shows, so
 * a column added to a query later does not reach a client or a file by itself.
 */
export function pickFields<T extends object, K extends keyof T>(
  row: T,
  keys: readonly K[],
): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = row[key];
  return picked;
}
