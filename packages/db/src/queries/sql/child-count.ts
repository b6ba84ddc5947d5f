import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { tenantChildJoin } from "./same-district-joins.ts";

/**
 * How many rows of `child` name the current row of `parent` through `reference` (a plan's
 * steps, a meeting's agenda items, a team's members), as a subquery for a select list.
 */
export function childCount(
  child: PgTable & { districtId: AnyColumn },
  reference: AnyColumn,
  parent: { districtId: AnyColumn; id: AnyColumn },
): SQL<number> {
  return sql<number>`(select count(*)::int from ${child} where ${tenantChildJoin(child, reference, parent)})`;
}
