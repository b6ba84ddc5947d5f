import { inviteUrl, newInviteToken } from "@throughline/api/invite-token";
import type { Database } from "@throughline/db/client";
import { createDistrict } from "@throughline/db/queries/districts/create-district";
import { createPersonInvite } from "@throughline/db/queries/people/people-admin-invites";
import { withTenant } from "@throughline/db/tenant";
import { type DistrictCreateInput, nameFromEmail } from "@throughline/domain/district-setup";
import { inviteLifetimeDays } from "@throughline/domain/people-admin";

type DistrictCreated =
  | { ok: true; districtId: string; inviteUrl: string }
  | { ok: false; problem: "slug_taken" | "email_taken" };

/**
 * A further district with the default framework and its first admin, who has no password yet
 * and gets the usual one-time invite link (the admin is its own inviter: nobody else exists).
 * One transaction: a refusal writes nothing.
 */
export async function createDistrictWithInvite(
  db: Database,
  params: { input: DistrictCreateInput; publicUrl: string; now: Date },
): Promise<DistrictCreated> {
  const { input, now } = params;
  return db.transaction(async (tx) => {
    const created = await createDistrict(tx, {
      name: input.districtName,
      slug: input.slug,
      timeZone: input.timeZone,
      schoolYearStartMonth: input.schoolYearStartMonth,
      admin: {
        displayName: input.adminName ?? nameFromEmail(input.adminEmail),
        email: input.adminEmail,
      },
      adminPasswordHash: null,
      now,
    });
    if (!created.ok) return created;
    const { token, tokenHash } = newInviteToken(created.districtId);
    await withTenant(tx, created.districtId, (tenantTx) =>
      createPersonInvite(tenantTx, {
        districtId: created.districtId,
        personId: created.adminPersonId,
        createdById: created.adminPersonId,
        tokenHash,
        expiresAt: new Date(now.getTime() + inviteLifetimeDays * 24 * 60 * 60 * 1000),
        now,
      }),
    );
    return {
      ok: true,
      districtId: created.districtId,
      inviteUrl: inviteUrl(params.publicUrl, token),
    };
  });
}
