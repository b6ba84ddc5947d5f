import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { awardedBadge, credentialVersion } from "../../schema/index.ts";

/**
 * The teachers' badges that stand (not revoked), with the name of the version each was earned on.
 * `teachers` is a subquery of their person ids (see `teachersInReach`).
 */
export async function loadDashboardBadges(
  tx: Transaction,
  teachers: SQL,
): Promise<DashboardFacts["badges"]> {
  return tx
    .select({
      personId: awardedBadge.personId,
      credentialId: awardedBadge.credentialId,
      credentialName: credentialVersion.name,
    })
    .from(awardedBadge)
    .innerJoin(
      credentialVersion,
      and(
        eq(credentialVersion.districtId, awardedBadge.districtId),
        eq(credentialVersion.id, awardedBadge.versionId),
      ),
    )
    .where(and(sql`${awardedBadge.personId} in (${teachers})`, isNull(awardedBadge.revokedAt)));
}
