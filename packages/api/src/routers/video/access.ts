import {
  type VideoRow,
  videoWithViewerFacts,
} from "@throughline/db/queries/video/video-viewer-facts";
import type { Transaction } from "@throughline/db/tenant";
import {
  type VideoAction,
  type VideoStanding,
  videoMay,
  videoStanding,
} from "@throughline/domain/video-access";
import { TRPCError } from "@trpc/server";

/*
 * The one check of every video procedure: the viewer's standing to the video decides, through
 * `videoMay`. Someone who may not watch a video (or may only play a clip of it) is told it does
 * not exist; someone who may watch but not do this is told what only the teacher does.
 */

const NOT_FOUND = "There is no such video.";

const refusals: Partial<Record<VideoAction, string>> = {
  reflect: "Only the video's teacher marks moments for self-reflection.",
  share: "Only the video's teacher shares it.",
  clip: "Only the video's teacher makes clips.",
  delete: "Only the video's teacher deletes it.",
  rename: "Only the video's teacher renames it.",
};

export async function requireVideo(
  tx: Transaction,
  params: { videoId: string; viewerId: string },
  action: VideoAction,
): Promise<{ video: VideoRow; standing: VideoStanding; isEvaluator: boolean }> {
  const found = await videoWithViewerFacts(tx, {
    videoId: params.videoId,
    personId: params.viewerId,
  });
  const standing = found ? videoStanding(found.facts) : "none";
  // A clip brought to a meeting or a review is played through that clip's procedures only:
  // its viewer never reaches the video itself, its comments or its other clips.
  if (!found || standing === "clip" || !videoMay(standing, "watch")) {
    throw new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND });
  }
  if (!videoMay(standing, action)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: refusals[action] ?? "You cannot do this with this video.",
    });
  }
  return { video: found.video, standing, isEvaluator: found.facts.isEvaluator };
}
