import { addVideoCaption } from "@throughline/db/queries/video/video-captions";
import {
  addVideoClip,
  setClipEvidence,
  stepOwner,
  videoClipById,
} from "@throughline/db/queries/video/video-clips";
import {
  addVideoComment,
  removeVideoComment,
  videoCommentById,
} from "@throughline/db/queries/video/video-comments";
import { activePersonExists, teamExists } from "@throughline/db/queries/video/video-share-targets";
import {
  revokeVideoShare,
  shareVideo,
  videoShareById,
} from "@throughline/db/queries/video/video-shares";
import { confirmVideoConsent } from "@throughline/db/queries/video/videos";
import {
  videoCaptionInputSchema,
  videoClipEvidenceInputSchema,
  videoClipInputSchema,
  videoCommentInputSchema,
  videoCommentRemoveInputSchema,
  videoShareInputSchema,
  videoShareRevokeInputSchema,
} from "@throughline/domain/video";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure } from "../../trpc.ts";
import { requireVideo } from "./access.ts";

export const videoWriteProcedures = {
  /**
   * A comment at a moment (tagged with an indicator and level when chosen), a reply to one
   * (it stays at the moment of the comment it answers), or the teacher's self-reflection mark.
   */
  comment: authedProcedure.input(videoCommentInputSchema).mutation(async ({ ctx, input }) => {
    const { video } = await requireVideo(
      ctx.tx,
      { videoId: input.videoId, viewerId: ctx.personId },
      input.selfReflection ? "reflect" : "comment",
    );
    let atSeconds = input.atSeconds;
    if (input.parentId) {
      const parent = await videoCommentById(ctx.tx, input.parentId);
      if (!parent || parent.videoId !== video.id) {
        throw fieldProblem(["parentId"], "There is no such comment on this video.");
      }
      atSeconds = parent.atSeconds;
    }
    if (video.durationSeconds !== null && atSeconds > video.durationSeconds + 1) {
      throw fieldProblem(["atSeconds"], "This moment is after the end of the video.");
    }
    const commentId = await addVideoComment(ctx.tx, {
      districtId: ctx.districtId,
      videoId: video.id,
      authorId: ctx.personId,
      parentId: input.parentId,
      atSeconds,
      body: input.body,
      indicatorId: input.indicatorId,
      levelRank: input.levelRank,
      selfReflection: input.selfReflection,
    });
    return { commentId };
  }),

  /** Its author, or the video's teacher, removes a comment (its replies go with it). */
  removeComment: authedProcedure
    .input(videoCommentRemoveInputSchema)
    .mutation(async ({ ctx, input }) => {
      const comment = await videoCommentById(ctx.tx, input.commentId);
      if (!comment)
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such comment." });
      const { standing } = await requireVideo(
        ctx.tx,
        { videoId: comment.videoId, viewerId: ctx.personId },
        "comment",
      );
      if (standing !== "owner" && comment.authorId !== ctx.personId) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only its author or the video's teacher removes a comment.",
        });
      }
      await removeVideoComment(ctx.tx, comment.id);
      return { removed: true };
    }),

  /**
   * Shares the video with a person or a team; the teacher confirms the district's
   * student-consent rule, and the video records when.
   */
  share: authedProcedure.input(videoShareInputSchema).mutation(async ({ ctx, input }) => {
    const { video } = await requireVideo(
      ctx.tx,
      { videoId: input.videoId, viewerId: ctx.personId },
      "share",
    );
    if (input.personId !== null) {
      if (input.personId === ctx.personId || !(await activePersonExists(ctx.tx, input.personId))) {
        throw fieldProblem(["personId"], "Choose someone of your district to share with.");
      }
    } else if (input.teamId !== null && !(await teamExists(ctx.tx, input.teamId))) {
      throw fieldProblem(["teamId"], "Choose a team of your district to share with.");
    }
    await confirmVideoConsent(ctx.tx, video.id, new Date());
    const shareId = await shareVideo(ctx.tx, {
      districtId: ctx.districtId,
      videoId: video.id,
      personId: input.personId,
      teamId: input.teamId,
      sharedBy: ctx.personId,
    });
    return { shareId };
  }),

  /** Ends a share: from now on that person or team no longer sees the video. */
  revokeShare: authedProcedure
    .input(videoShareRevokeInputSchema)
    .mutation(async ({ ctx, input }) => {
      const share = await videoShareById(ctx.tx, input.shareId);
      if (!share) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such share." });
      await requireVideo(ctx.tx, { videoId: share.videoId, viewerId: ctx.personId }, "share");
      await revokeVideoShare(ctx.tx, share.id, new Date());
      return { revoked: true };
    }),

  /** A segment of the teacher's video, start to end. */
  clip: authedProcedure.input(videoClipInputSchema).mutation(async ({ ctx, input }) => {
    const { video } = await requireVideo(
      ctx.tx,
      { videoId: input.videoId, viewerId: ctx.personId },
      "clip",
    );
    if (video.durationSeconds !== null && input.endSeconds > video.durationSeconds + 1) {
      throw fieldProblem(["endSeconds"], "The clip must end within the video.");
    }
    const clipId = await addVideoClip(ctx.tx, {
      districtId: ctx.districtId,
      videoId: video.id,
      createdBy: ctx.personId,
      title: input.title,
      startSeconds: input.startSeconds,
      endSeconds: input.endSeconds,
    });
    return { clipId };
  }),

  /** The clip becomes evidence for one of the teacher's own action-plan steps. */
  clipAsEvidence: authedProcedure
    .input(videoClipEvidenceInputSchema)
    .mutation(async ({ ctx, input }) => {
      const clip = await videoClipById(ctx.tx, input.clipId);
      if (!clip) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such clip." });
      await requireVideo(ctx.tx, { videoId: clip.videoId, viewerId: ctx.personId }, "clip");
      if ((await stepOwner(ctx.tx, input.stepId)) !== ctx.personId) {
        throw fieldProblem(["stepId"], "Choose a step of your own action plan.");
      }
      await setClipEvidence(ctx.tx, { clipId: clip.id, stepId: input.stepId });
      return { clipId: clip.id };
    }),

  /** A WebVTT caption track, from the teacher or someone it is shared with (their coach). */
  addCaption: authedProcedure.input(videoCaptionInputSchema).mutation(async ({ ctx, input }) => {
    const { video } = await requireVideo(
      ctx.tx,
      { videoId: input.videoId, viewerId: ctx.personId },
      "caption",
    );
    const captionId = await addVideoCaption(ctx.tx, {
      districtId: ctx.districtId,
      videoId: video.id,
      label: input.label,
      language: input.language,
      vtt: input.vtt,
      uploadedBy: ctx.personId,
    });
    return { captionId };
  }),
};
