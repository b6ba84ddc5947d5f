import type { DashboardFacts } from "@throughline/domain/dashboard-metrics";
import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { awardedBadge, credentialVersion } from "../schema/index.ts";
import { anyId } from "./any-id.ts";

/** The teachers' badges that stand (not revoked), with the name of the version each was earned on. */
export async function loadDashboardBadges(
  tx: Transaction,
  personIds: string[],
): Promise<DashboardFacts["badges"]> {
  if (personIds.length === 0) return [];
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
    .where(and(anyId(awardedBadge.personId, personIds), isNull(awardedBadge.revokedAt)));
}
