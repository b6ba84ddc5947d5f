import { type AnyColumn, asc, inArray } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import { indicator, micropdSession } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";
import { indicatorColumns } from "./framework-columns.ts";
import type { IndicatorLink } from "./framework-indicators.ts";

/*
 * The framework rows that several owners at once (a team's goals, its focuses) are linked to
 * through a link table, each row with its owner's id for the caller to group by: one query for
 * all the owners of a page, not one per owner.
 */

/** An owner's id column in a link table. */
type OwnerColumn = AnyPgColumn<{ data: string }>;

/** The indicators any of `ownerIds` is linked to through `link`, by code. */
export function indicatorsOfOwners(
  tx: Transaction,
  link: IndicatorLink,
  owner: OwnerColumn,
  ownerIds: string[],
) {
  return tx
    .select({ ownerId: owner, ...indicatorColumns })
    .from(link)
    .innerJoin(indicator, tenantJoin(indicator, link, link.indicatorId))
    .where(inArray(owner, ownerIds))
    .orderBy(asc(indicator.code));
}

/** A table that links something (a team goal, a focus) to MicroPD sessions. */
type SessionLink = PgTable & { districtId: AnyColumn; sessionId: AnyColumn };

/** The MicroPD sessions any of `ownerIds` is linked to through `link`, in `order`. */
export function sessionsOfOwners(
  tx: Transaction,
  link: SessionLink,
  owner: OwnerColumn,
  ownerIds: string[],
  order: AnyColumn,
) {
  return tx
    .select({
      ownerId: owner,
      id: micropdSession.id,
      title: micropdSession.title,
      estimatedMinutes: micropdSession.estimatedMinutes,
    })
    .from(link)
    .innerJoin(micropdSession, tenantJoin(micropdSession, link, link.sessionId))
    .where(inArray(owner, ownerIds))
    .orderBy(asc(order));
}

/** The rows of one owner, in their order, without the owner's id. */
export function rowsOfOwner<T extends { ownerId: string | null }>(
  rows: readonly T[],
  ownerId: string,
): Omit<T, "ownerId">[] {
  return rows.filter((row) => row.ownerId === ownerId).map(({ ownerId: _, ...row }) => row);
}
