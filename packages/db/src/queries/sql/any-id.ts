import { type Column, type SQL, sql } from "drizzle-orm";

/**
 * `column = any($1::uuid[])`: membership in a list of ids as one array parameter, however long
 * the list. `inArray` sends one parameter per id, and a district's 20,000 teachers made
 * statements of 20,000 parameters that PostgreSQL parsed and planned on every request.
 * The ids come from the database (uuids), so the array literal needs no quoting; anything else
 * fails the cast rather than changing the statement.
 */
export function anyId(column: Column | SQL, ids: readonly string[]): SQL {
  return sql`${column} = any(${`{${ids.join(",")}}`}::uuid[])`;
}
