import { listCredentials } from "@throughline/db/queries/credentials/credential-admin";
import {
  isLeadCandidate,
  listLeadCandidates,
  listReviewers,
  listWaitingSubmissions,
  nameLeadReviewer,
  removeLeadReviewer,
} from "@throughline/db/queries/credentials/credential-admin-reviewers";
import {
  loadReviewSettings,
  saveReviewSettings,
} from "@throughline/db/queries/credentials/review-settings";
import {
  certificationStanding,
  leadReviewerInputSchema,
  reviewSettingsSchema,
} from "@throughline/domain/credential-admin";
import { waitingDays } from "@throughline/domain/credential-review";
import { median } from "@throughline/domain/rules/implementation-metrics";
import { TRPCError } from "@trpc/server";
import { auditedDistrictSetting } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { districtAdminProcedure } from "../../trpc.ts";
import { leadReviewersChange } from "./audit.ts";

/** Lead reviewers, certified reviewers, review queues and review settings: district admins. */
export const reviewerProcedures = {
  reviewers: districtAdminProcedure.query(async ({ ctx }) => {
    const now = new Date();
    const [credentials, reviewers, waiting, candidates] = await Promise.all([
      listCredentials(ctx.tx),
      listReviewers(ctx.tx),
      listWaitingSubmissions(ctx.tx),
      listLeadCandidates(ctx.tx),
    ]);
    return {
      candidates,
      credentials: credentials.map((credential) => {
        const waits = waiting
          .filter((row) => row.credentialId === credential.id)
          .map((row) => waitingDays(row.submittedAt, now));
        return {
          id: credential.id,
          name: credential.name,
          archived: credential.archivedAt !== null,
          queue: {
            waiting: waits.length,
            oldestDays: waits.length > 0 ? Math.max(...waits) : null,
            medianDays: median(waits),
          },
          reviewers: reviewers
            .filter((row) => row.credentialId === credential.id)
            .map((row) => ({
              personId: row.personId,
              name: row.name,
              isLead: row.isLead,
              certifiedAt: row.certifiedAt,
              expiresAt: row.expiresAt,
              standing: row.expiresAt === null ? null : certificationStanding(row.expiresAt, now),
              calibrationAttempts: row.calibrationAttempts,
            })),
        };
      }),
    };
  }),

  nameLead: districtAdminProcedure
    .input(leadReviewerInputSchema)
    .mutation(async ({ ctx, input }) => {
      const known = (await listCredentials(ctx.tx)).some((row) => row.id === input.credentialId);
      if (!known)
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
      if (!(await isLeadCandidate(ctx.tx, input.personId))) {
        throw fieldProblem(["personId"], "Choose a coach or district staff member");
      }
      const recordChange = await leadReviewersChange(ctx, input.credentialId);
      await nameLeadReviewer(ctx.tx, {
        ...input,
        districtId: ctx.districtId,
        namedById: ctx.personId,
      });
      await recordChange();
      return { named: true };
    }),

  removeLead: districtAdminProcedure
    .input(leadReviewerInputSchema)
    .mutation(async ({ ctx, input }) => {
      const recordChange = await leadReviewersChange(ctx, input.credentialId);
      if (!(await removeLeadReviewer(ctx.tx, input))) {
        throw new TRPCError({ code: "NOT_FOUND", message: "This person is not a lead reviewer." });
      }
      await recordChange();
      return { removed: true };
    }),

  reviewSettings: districtAdminProcedure.query(({ ctx }) =>
    loadReviewSettings(ctx.tx, ctx.districtId),
  ),

  saveReviewSettings: districtAdminProcedure
    .input(reviewSettingsSchema)
    .mutation(async ({ ctx, input }) => {
      await auditedDistrictSetting(ctx, "settings.review_changed", () =>
        saveReviewSettings(ctx.tx, ctx.districtId, input),
      );
      return loadReviewSettings(ctx.tx, ctx.districtId);
    }),
};
