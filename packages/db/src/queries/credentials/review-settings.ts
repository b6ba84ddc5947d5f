import type { ReviewSettings } from "@throughline/domain/credential-admin";
import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district } from "../../schema/index.ts";

/*
 * The district's micro-credential review settings, read and written in one place: the admin's
 * settings page, the review queue, submitting a review, the admin overview and the waiting
 * reminder all read the same shape. `district` is global (the tenant), so statements on it name
 * the viewer's district.
 */

export async function loadReviewSettings(
  tx: Transaction,
  districtId: string,
): Promise<ReviewSettings> {
  const [row] = await tx
    .select({
      excludesCoached: district.reviewExcludesCoached,
      blind: district.reviewBlind,
      reviewsRequired: district.reviewsRequired,
      waitingDays: district.reviewWaitingDays,
    })
    .from(district)
    .where(eq(district.id, districtId));
  if (!row) throw new Error("The district is missing.");
  return { ...row, reviewsRequired: row.reviewsRequired === 2 ? 2 : 1 };
}

export async function saveReviewSettings(
  tx: Transaction,
  districtId: string,
  settings: ReviewSettings,
): Promise<void> {
  await tx
    .update(district)
    .set({
      reviewExcludesCoached: settings.excludesCoached,
      reviewBlind: settings.blind,
      reviewsRequired: settings.reviewsRequired,
      reviewWaitingDays: settings.waitingDays,
    })
    .where(eq(district.id, districtId));
}
