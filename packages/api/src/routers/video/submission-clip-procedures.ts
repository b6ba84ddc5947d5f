import { findSubmission } from "@throughline/db/queries/credentials/credential-earning";
import { reviewEligibility } from "@throughline/db/queries/credentials/review-eligibility";
import {
  activeClipShareExists,
  captionsOfVideos,
  clipShareById,
  clipsOfSubmission,
  insertClipShare,
  revokeClipShare,
} from "@throughline/db/queries/video/video-clip-shares";
import { videoClipById } from "@throughline/db/queries/video/video-clips";
import {
  clipShareRevokeInputSchema,
  clipToSubmissionInputSchema,
  submissionClipsInputSchema,
} from "@throughline/domain/video-clip-sharing";
import { TRPCError } from "@trpc/server";
import { requireMyDraft } from "../../credentials/draft-guards.ts";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure, teacherProcedure } from "../../trpc.ts";
import { requireVideo } from "./access.ts";

/*
 * Clips as micro-credential evidence. The teacher adds a clip of their own video to their draft;
 * while the submission is under review its eligible reviewers play that segment, whatever
 * happens to the video's other shares. Reviews are blind: nothing here names the teacher. When
 * the teacher deletes the video, the evidence stays with its title and says the clip is gone.
 */

const GONE_NOTE = "The teacher deleted this video, so this clip can no longer be played.";

const noSuchSubmission = () =>
  new TRPCError({ code: "NOT_FOUND", message: "There is no such submission." });

export const submissionClipProcedures = {
  /** A clip of my own video as evidence for one requirement (files or link) of my draft. */
  clipToSubmission: teacherProcedure
    .input(clipToSubmissionInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { version } = await requireMyDraft(ctx.tx, {
        submissionId: input.submissionId,
        personId: ctx.personId,
      });
      const requirement = version.requirements.find((entry) => entry.key === input.requirementKey);
      if (!requirement) {
        throw fieldProblem(["requirementKey"], "This credential has no such requirement.");
      }
      if (requirement.kind === "reflection") {
        throw fieldProblem(["clipId"], `${requirement.label} takes written text, not a clip.`);
      }
      const clip = await videoClipById(ctx.tx, input.clipId);
      if (!clip) throw fieldProblem(["clipId"], "There is no such clip.");
      await requireVideo(ctx.tx, { videoId: clip.videoId, viewerId: ctx.personId }, "clip");
      if (
        await activeClipShareExists(ctx.tx, { clipId: clip.id, submissionId: input.submissionId })
      ) {
        throw fieldProblem(["clipId"], "This clip is already evidence of this submission.");
      }
      const clipShareId = await insertClipShare(ctx.tx, {
        districtId: ctx.districtId,
        clipId: clip.id,
        kind: "submission",
        submissionId: input.submissionId,
        requirementKey: input.requirementKey,
        title: clip.title,
        startSeconds: clip.startSeconds,
        endSeconds: clip.endSeconds,
        annotation: input.annotation,
        sharedBy: ctx.personId,
      });
      return { clipShareId };
    }),

  /**
   * The clips of a submission: for its teacher, and for a reviewer the review rule allows while
   * it is under review. A clip plays only while its video exists; a deleted one says so.
   */
  submissionClips: authedProcedure
    .input(submissionClipsInputSchema)
    .query(async ({ ctx, input }) => {
      const submission = await findSubmission(ctx.tx, { submissionId: input.submissionId });
      if (!submission) throw noSuchSubmission();
      const isTeacher = submission.personId === ctx.personId;
      if (!isTeacher) {
        const eligibility = await reviewEligibility(ctx.tx, {
          personId: ctx.personId,
          submissionId: submission.id,
          now: new Date(),
        });
        if (!eligibility?.ok || submission.status !== "submitted") throw noSuchSubmission();
      }
      const rows = await clipsOfSubmission(ctx.tx, submission.id);
      const videoIds = rows.flatMap((row) => (row.videoId === null ? [] : [row.videoId]));
      const captions = await captionsOfVideos(ctx.tx, videoIds);
      return rows.map(({ sharedBy: _by, videoId, hasPoster, videoReady, ...row }) => ({
        ...row,
        requirementKey: row.requirementKey ?? "",
        play:
          videoId === null || !videoReady
            ? null
            : { videoId, hasPoster, captions: captions.get(videoId) ?? [] },
        note: videoId === null ? GONE_NOTE : null,
        mayRemove: isTeacher && submission.status === "draft",
      }));
    }),

  /**
   * Takes a clip back: from a meeting, whoever brought it or the video's teacher; from a
   * submission, its teacher while it is a draft (reviewers judge what was handed in).
   */
  revokeClipShare: authedProcedure
    .input(clipShareRevokeInputSchema)
    .mutation(async ({ ctx, input }) => {
      const share = await clipShareById(ctx.tx, input.clipShareId);
      if (!share || share.revokedAt !== null) {
        throw new TRPCError({ code: "NOT_FOUND", message: "This clip is not shared there." });
      }
      if (share.kind === "meeting") {
        if (share.sharedBy !== ctx.personId && share.videoOwnerId !== ctx.personId) {
          throw new TRPCError({
            code: "FORBIDDEN",
            message: "Only whoever brought the clip, or the video's teacher, takes it back.",
          });
        }
      } else {
        await requireMyDraft(ctx.tx, {
          submissionId: share.submissionId ?? "",
          personId: ctx.personId,
        });
      }
      await revokeClipShare(ctx.tx, share.id, new Date());
      return { revoked: true };
    }),
};
