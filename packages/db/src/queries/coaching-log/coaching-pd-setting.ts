import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district } from "../../schema/index.ts";

/*
 * Whether the coaching a teacher receives counts toward their PD hours: a district decision, off
 * until a district admin turns it on. `district` is the tenant row, so statements name it.
 */

export async function coachingCountsAsPd(tx: Transaction, districtId: string): Promise<boolean> {
  const [row] = await tx
    .select({ counts: district.coachingCountsAsPd })
    .from(district)
    .where(eq(district.id, districtId));
  return row?.counts ?? false;
}

export async function saveCoachingCountsAsPd(
  tx: Transaction,
  districtId: string,
  counts: boolean,
): Promise<void> {
  await tx.update(district).set({ coachingCountsAsPd: counts }).where(eq(district.id, districtId));
}
