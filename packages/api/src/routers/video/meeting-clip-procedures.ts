import { meetingRelation } from "@throughline/db/queries/meetings/meeting-access";
import { isAgendaItemOf } from "@throughline/db/queries/meetings/meeting-close";
import {
  activeClipShareExists,
  captionsOfVideos,
  clipsOfMeeting,
  insertClipShare,
} from "@throughline/db/queries/video/video-clip-shares";
import { videoClipById } from "@throughline/db/queries/video/video-clips";
import { videoWithViewerFacts } from "@throughline/db/queries/video/video-viewer-facts";
import { mayBringClipToMeeting, videoStanding } from "@throughline/domain/video-access";
import {
  clipToMeetingInputSchema,
  meetingClipsInputSchema,
} from "@throughline/domain/video-clip-sharing";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure } from "../../trpc.ts";

/*
 * Clips in support meetings: the teacher (or the coach or colleague the video is shared with)
 * brings a clip to a meeting of a team they take part in; everyone taking part plays it, each
 * through their own standing to the video (`videoStanding`): a principal looking on sees only
 * what the teacher shared with them by name.
 */

const noSuchMeeting = () =>
  new TRPCError({ code: "NOT_FOUND", message: "There is no such meeting." });

export const meetingClipProcedures = {
  /** Brings a clip to a meeting (as a whole, or to one agenda item) that is not over yet. */
  bringClipToMeeting: authedProcedure
    .input(clipToMeetingInputSchema)
    .mutation(async ({ ctx, input }) => {
      const clip = await videoClipById(ctx.tx, input.clipId);
      const found = clip
        ? await videoWithViewerFacts(ctx.tx, { videoId: clip.videoId, personId: ctx.personId })
        : null;
      const standing = found ? videoStanding(found.facts) : "none";
      if (!clip || !found || standing === "none" || standing === "clip") {
        throw new TRPCError({ code: "NOT_FOUND", message: "There is no such clip." });
      }
      const meeting = await meetingRelation(ctx.tx, {
        personId: ctx.personId,
        meetingId: input.meetingId,
      });
      if (!meeting) throw fieldProblem(["meetingId"], "There is no such meeting.");
      if (
        !mayBringClipToMeeting({
          standing,
          isEvaluator: found.facts.isEvaluator,
          relation: meeting.relation,
        })
      ) {
        throw fieldProblem(
          ["meetingId"],
          "Choose a meeting of a team you take part in; only the video's teacher or someone it is shared with brings its clips.",
        );
      }
      if (meeting.meeting.status === "closed" || meeting.meeting.status === "cancelled") {
        throw fieldProblem(["meetingId"], "This meeting is over; choose one still to come.");
      }
      if (
        input.agendaItemId !== null &&
        !(await isAgendaItemOf(ctx.tx, { meetingId: input.meetingId, itemId: input.agendaItemId }))
      ) {
        throw fieldProblem(["agendaItemId"], "Choose an item of this meeting's agenda.");
      }
      if (await activeClipShareExists(ctx.tx, { clipId: clip.id, meetingId: input.meetingId })) {
        throw fieldProblem(["meetingId"], "This clip is already in that meeting.");
      }
      const clipShareId = await insertClipShare(ctx.tx, {
        districtId: ctx.districtId,
        clipId: clip.id,
        kind: "meeting",
        meetingId: input.meetingId,
        agendaItemId: input.agendaItemId,
        title: clip.title,
        startSeconds: clip.startSeconds,
        endSeconds: clip.endSeconds,
        sharedBy: ctx.personId,
      });
      return { clipShareId };
    }),

  /**
   * The clips of a meeting the viewer may play, for the meeting room and the team's summary:
   * anyone related to the meeting's team asks, and each clip shows only to someone whose
   * standing to its video lets them watch.
   */
  meetingClips: authedProcedure.input(meetingClipsInputSchema).query(async ({ ctx, input }) => {
    const meeting = await meetingRelation(ctx.tx, {
      personId: ctx.personId,
      meetingId: input.meetingId,
    });
    if (!meeting?.relation) throw noSuchMeeting();
    const rows = await clipsOfMeeting(ctx.tx, input.meetingId);
    const playable = [];
    for (const row of rows) {
      if (row.videoId === null) continue;
      const found = await videoWithViewerFacts(ctx.tx, {
        videoId: row.videoId,
        personId: ctx.personId,
      });
      if (found && videoStanding(found.facts) !== "none")
        playable.push({ ...row, videoId: row.videoId });
    }
    const captions = await captionsOfVideos(
      ctx.tx,
      playable.map((row) => row.videoId),
    );
    return playable.map(({ videoOwnerId, sharedBy, ...row }) => ({
      ...row,
      captions: captions.get(row.videoId) ?? [],
      /** Whoever brought it, or the video's teacher, may take it back. */
      mayRemove: sharedBy === ctx.personId || videoOwnerId === ctx.personId,
    }));
  }),
};
