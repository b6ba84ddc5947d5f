import {
  findCurrentVersion,
  listMyAttempts,
  listOpenCredentials,
} from "@throughline/db/queries/credentials/credential-earning";
import { listMyBadges } from "@throughline/db/queries/credentials/credential-earning-badges";
import { listMyPlanFiles } from "@throughline/db/queries/credentials/credential-earning-evidence";
import { badgeStatusOf, credentialInputSchema } from "@throughline/domain/credential-earning";
import { TRPCError } from "@trpc/server";
import { createRouter, teacherProcedure } from "../../trpc.ts";
import { linkedInAddCertificationUrl } from "./linkedin.ts";
import { attemptSummaryOf, definitionOf, standingOf, submissionDetail } from "./read.ts";
import { submissionProcedures } from "./submission.ts";

/** A teacher earning micro-credentials: browse, submit evidence, read feedback, my badges. */
export const credentialsRouter = createRouter({
  /**
   * The credentials open to me (not archived, at their current version) and where I stand;
   * `programsRun` says how many programs the district runs, so a page can group above one.
   */
  list: teacherProcedure.query(async ({ ctx }) => {
    const now = new Date();
    const [credentials, attempts] = await Promise.all([
      listOpenCredentials(ctx.tx),
      listMyAttempts(ctx.tx, { personId: ctx.personId }),
    ]);
    return credentials.map((row) => ({
      ...definitionOf(row),
      programsRun: row.openProgramCount,
      standing: standingOf(
        attempts.filter((attempt) => attempt.credentialId === row.credentialId),
        now,
      ),
    }));
  }),

  /** One credential's current definition, with my attempts. */
  detail: teacherProcedure.input(credentialInputSchema).query(async ({ ctx, input }) => {
    const current = await findCurrentVersion(ctx.tx, { credentialId: input.credentialId });
    if (!current)
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
    const attempts = await listMyAttempts(ctx.tx, {
      personId: ctx.personId,
      credentialIds: [input.credentialId],
    });
    return {
      ...definitionOf(current),
      archived: current.archived,
      standing: standingOf(attempts, new Date()),
      attempts: attempts.map(attemptSummaryOf),
    };
  }),

  /**
   * My submission page: the credential, every attempt (newest first), the latest attempt in
   * full with its feedback, and the files of my action plans to choose evidence from.
   */
  submission: teacherProcedure.input(credentialInputSchema).query(async ({ ctx, input }) => {
    const current = await findCurrentVersion(ctx.tx, { credentialId: input.credentialId });
    if (!current)
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
    const now = new Date();
    const attempts = await listMyAttempts(ctx.tx, {
      personId: ctx.personId,
      credentialIds: [input.credentialId],
    });
    const latest = attempts[0];
    const canStart = latest === undefined ? !current.archived : latest.status === "not_yet";
    // While the next attempt is being prepared or waits, the feedback it answers stays in view.
    const previous = attempts[1];
    const answering =
      latest &&
      (latest.status === "draft" || latest.status === "submitted") &&
      previous?.status === "not_yet"
        ? previous
        : null;
    return {
      credential: { id: input.credentialId, name: current.name, archived: current.archived },
      standing: standingOf(attempts, now),
      canStart,
      nextAttempt: (latest?.attempt ?? 0) + 1,
      attempts: attempts.map(attemptSummaryOf),
      latest: latest ? await submissionDetail(ctx.tx, latest, now) : null,
      previous: answering ? await submissionDetail(ctx.tx, answering, now) : null,
      planFiles: await listMyPlanFiles(ctx.tx, { personId: ctx.personId }),
    };
  }),

  ...submissionProcedures,

  /** My awarded badges with what sharing them needs: the public address to build links on. */
  myBadges: teacherProcedure.query(async ({ ctx }) => {
    const now = new Date();
    const badges = await listMyBadges(ctx.tx, { personId: ctx.personId });
    const publicUrl = ctx.publicUrl.replace(/\/+$/, "");
    return {
      publicUrl,
      badges: badges.map((badge) => {
        const shareUrl = `${publicUrl}/credentials/${badge.id}`;
        return {
          ...badge,
          status: badgeStatusOf(badge, now),
          shareUrl,
          jsonUrl: `${shareUrl}.json`,
          imageUrl: `/districts/${badge.districtSlug}/achievements/${badge.versionId}/image`,
          linkedInUrl: linkedInAddCertificationUrl({
            name: badge.name,
            organizationName: badge.districtName,
            awardedAt: badge.awardedAt,
            validUntil: badge.validUntil,
            certUrl: shareUrl,
            certId: badge.id,
          }),
        };
      }),
    };
  }),
});
