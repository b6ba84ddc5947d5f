import { and, like, lt } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { dashboardSnapshot } from "../../schema/index.ts";

/** Kept impact reports share the dashboards' snapshot table under keys of this prefix. */
export const IMPACT_KEY_PREFIX = "impact:";

/**
 * Forgets the district's kept impact reports built before `before`: each period and filter
 * asked for keeps its own, and one nobody asked for since is never served again.
 */
export async function dropImpactReportsBuiltBefore(tx: Transaction, before: Date): Promise<void> {
  await tx
    .delete(dashboardSnapshot)
    .where(
      and(
        like(dashboardSnapshot.levelKey, `${IMPACT_KEY_PREFIX}%`),
        lt(dashboardSnapshot.builtAt, before),
      ),
    );
}
