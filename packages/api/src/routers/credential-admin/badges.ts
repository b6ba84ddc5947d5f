import {
  listAwardedBadges,
  revokeAwardedBadge,
} from "@throughline/db/queries/credentials/credential-admin-badges";
import { awardedBadge } from "@throughline/db/schema";
import {
  awardedBadgesInputSchema,
  badgeStanding,
  revokeBadgeInputSchema,
} from "@throughline/domain/credential-admin";
import { TRPCError } from "@trpc/server";
import { audited } from "../../audited.ts";
import { districtAdminProcedure } from "../../trpc.ts";

/** Awarded badges and their revocation: district admins. */
export const badgeProcedures = {
  awardedBadges: districtAdminProcedure
    .input(awardedBadgesInputSchema)
    .query(async ({ ctx, input }) => {
      const now = new Date();
      const badges = await listAwardedBadges(ctx.tx, input);
      return badges.map((badge) => ({ ...badge, standing: badgeStanding(badge, now) }));
    }),

  /** Revoked with a reason; the status list and the public page read `revoked_at`. */
  revokeBadge: districtAdminProcedure
    .input(revokeBadgeInputSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await audited(
        ctx,
        { table: awardedBadge, kind: "awarded_badge", id: input.badgeId },
        "badge.revoked",
        () =>
          revokeAwardedBadge(ctx.tx, {
            badgeId: input.badgeId,
            reason: input.reason,
            revokedById: ctx.personId,
            now: new Date(),
          }),
      );
      if (result === "not_found") {
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such badge." });
      }
      if (result === "already_revoked") {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "This badge was already revoked; it stays revoked.",
        });
      }
      return { revoked: true };
    }),
};
