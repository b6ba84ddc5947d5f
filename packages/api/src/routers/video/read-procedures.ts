import { listEditorIndicators } from "@throughline/db/queries/framework/framework-admin";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import { captionsOfVideo } from "@throughline/db/queries/video/video-captions";
import {
  meetingsOfClips,
  meetingsToBringClipsTo,
} from "@throughline/db/queries/video/video-clip-shares";
import {
  clipsOfOwner,
  clipsOfVideo,
  stepsOfTeacher,
} from "@throughline/db/queries/video/video-clips";
import { commentsOfVideo } from "@throughline/db/queries/video/video-comments";
import { videoShareTargets } from "@throughline/db/queries/video/video-share-targets";
import { sharesOfVideo } from "@throughline/db/queries/video/video-shares";
import { videosSharedWith } from "@throughline/db/queries/video/video-viewer-facts";
import {
  videoSettingsOf,
  videosOwnedBy,
  videosWithOwners,
} from "@throughline/db/queries/video/videos";
import { videoIdInputSchema } from "@throughline/domain/video";
import { authedProcedure, teacherProcedure } from "../../trpc.ts";
import { requireVideo } from "./access.ts";

export const videoReadProcedures = {
  /** The viewer's own videos, newest first, with the district's upload limit and consent rule. */
  mine: teacherProcedure.query(async ({ ctx }) => {
    const [videos, settings] = await Promise.all([
      videosOwnedBy(ctx.tx, ctx.personId),
      videoSettingsOf(ctx.tx),
    ]);
    return { videos, settings };
  }),

  /** The viewer's clips of their ready videos, to choose one as credential evidence. */
  myClips: teacherProcedure.query(({ ctx }) => clipsOfOwner(ctx.tx, ctx.personId)),

  /** Videos teachers shared with the viewer (by name, or with a team they are on). */
  sharedWithMe: authedProcedure.query(async ({ ctx }) => {
    const shared = await videosSharedWith(ctx.tx, ctx.personId);
    return videosWithOwners(
      ctx.tx,
      shared.map((row) => row.id),
    );
  }),

  /**
   * One video with its comments, clips and captions, and what the viewer may do; its teacher
   * also gets its shares, whom they may share with and the consent rule to confirm.
   */
  get: authedProcedure.input(videoIdInputSchema).query(async ({ ctx, input }) => {
    const { video, standing, isEvaluator } = await requireVideo(
      ctx.tx,
      { videoId: input.videoId, viewerId: ctx.personId },
      "watch",
    );
    const owner = standing === "owner";
    const [comments, clips, captions, indicators, scale, shares, targets, settings, steps] =
      await Promise.all([
        commentsOfVideo(ctx.tx, video.id),
        clipsOfVideo(ctx.tx, video.id),
        captionsOfVideo(ctx.tx, video.id),
        listEditorIndicators(ctx.tx),
        loadObservationScale(ctx.tx),
        owner ? sharesOfVideo(ctx.tx, video.id) : Promise.resolve(null),
        owner ? videoShareTargets(ctx.tx, ctx.personId) : Promise.resolve(null),
        videoSettingsOf(ctx.tx),
        owner ? stepsOfTeacher(ctx.tx, ctx.personId) : Promise.resolve(null),
      ]);
    // Who may bring clips to meetings (the teacher, or a coach or colleague it is shared with;
    // never an evaluator, who may only watch what was shared with them by name).
    const bringsClips = owner || !isEvaluator;
    const [clipMeetings, meetingChoices] = bringsClips
      ? await Promise.all([
          meetingsOfClips(
            ctx.tx,
            clips.map((clip) => clip.id),
          ),
          meetingsToBringClipsTo(ctx.tx, ctx.personId),
        ])
      : [[], []];
    const { originalKey: _original, playableKey: _playable, posterKey, ...shown } = video;
    return {
      video: { ...shown, hasPoster: posterKey !== null },
      standing,
      comments,
      clips: (owner ? clips : clips.map((clip) => ({ ...clip, step: null }))).map((clip) => ({
        ...clip,
        meetings: clipMeetings.filter((row) => row.clipId === clip.id),
      })),
      /** Meetings still to come where the viewer may bring a clip; empty when they may not. */
      meetingChoices,
      captions,
      indicators: indicators.map((row) => ({ id: row.id, code: row.code, title: row.title })),
      levels: scale.map((level) => ({ rank: level.rank, label: level.label })),
      shares,
      shareTargets: targets,
      consentRule: settings.consentRule,
      /** The teacher's action-plan steps, for a clip to become evidence of. */
      evidenceSteps: steps,
    };
  }),
};
