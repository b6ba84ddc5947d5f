import { type AnyColumn, asc, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { indicator } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";
import { indicatorColumns } from "./framework-columns.ts";

/** The district's indicators by code, for pickers (plans, observations, the coaching log). */
export function listIndicators(tx: Transaction) {
  return tx.select(indicatorColumns).from(indicator).orderBy(asc(indicator.code));
}

/** A table that links something (a plan, a session) to the indicators it addresses. */
export type IndicatorLink = PgTable & { districtId: AnyColumn; indicatorId: AnyColumn };

/** The indicators one plan, session or other owner is linked to through `link`, by code. */
export function linkedIndicators(
  tx: Transaction,
  link: IndicatorLink,
  owner: AnyColumn,
  ownerId: string,
) {
  return tx
    .select(indicatorColumns)
    .from(link)
    .innerJoin(indicator, tenantJoin(indicator, link, link.indicatorId))
    .where(eq(owner, ownerId))
    .orderBy(asc(indicator.code));
}
