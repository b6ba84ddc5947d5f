import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { rowsOfResult } from "../sql/result-rows.ts";

/*
 * A dashboard's facts travel as one statement (`dashboard-facts-statement.ts`): each part is a
 * select whose rows become one JSON array, a column of the statement's one row. The parts also
 * run alone, through `loadJsonRows`, for their own tests.
 */

/** A select's rows as one JSON array ('[]' when none), for a column of a bigger select. */
export function jsonRowsSql(select: SQL): SQL {
  return sql`(select coalesce(json_agg(part), '[]'::json) from (${select}) part)`;
}

/** Runs one part alone and gives its rows as JSON read them. */
export async function loadJsonRows<T>(tx: Transaction, select: SQL): Promise<T[]> {
  const [row] = rowsOfResult<{ rows: unknown }>(
    await tx.execute(sql`select ${jsonRowsSql(select)} as rows`),
  );
  return jsonValue<T[]>(row?.rows ?? []);
}

/** json arrives parsed from postgres.js and PGlite alike; text is parsed here just in case. */
export function jsonValue<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}
