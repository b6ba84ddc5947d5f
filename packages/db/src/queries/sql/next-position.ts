import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * The position after the last of the rows that meet `where` (a plan's steps, a stage's sessions,
 * a meeting's agenda), or `first` when there is none yet. A subquery for the insert's values, so
 * the position is read and taken in one statement: two adds at once cannot pick the same place
 * unnoticed (the tables' position keys refuse the second).
 */
export function nextPosition(position: AnyPgColumn, where?: SQL, first = 1): SQL<number> {
  const rows = where ? sql`${position.table} where ${where}` : sql`${position.table}`;
  return sql<number>`(select coalesce(max(${position}) + 1, ${sql.raw(String(first))}) from ${rows})`;
}
