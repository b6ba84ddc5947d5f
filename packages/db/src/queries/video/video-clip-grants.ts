import { and, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  credentialSubmission,
  supportMeeting,
  videoClip,
  videoClipShare,
} from "../../schema/index.ts";
import { reviewEligibilities } from "../credentials/review-eligibility.ts";
import { teamRelation } from "../meetings/meeting-access.ts";

/*
 * The two ways a clip reaches someone the video is not shared with (the `clip` standing of
 * `videoStanding`): a support meeting it is brought to, for the people who take part in it,
 * and a submission under review, for the reviewers the review rule allows. Only shares not
 * revoked count, and only while the clip (and so the video) still exists.
 */

const ofVideo = (videoId: string) =>
  and(eq(videoClip.videoId, videoId), isNull(videoClipShare.revokedAt));

const clipOfShare = and(
  eq(videoClip.districtId, videoClipShare.districtId),
  eq(videoClip.id, videoClipShare.clipId),
);

/** Whether a clip of the video is brought to a meeting whose team the person takes part in. */
async function clipInMeetingOf(
  tx: Transaction,
  params: { videoId: string; personId: string },
): Promise<boolean> {
  const teams = await tx
    .selectDistinct({ teamId: supportMeeting.teamId })
    .from(videoClipShare)
    .innerJoin(videoClip, clipOfShare)
    .innerJoin(
      supportMeeting,
      and(
        eq(supportMeeting.districtId, videoClipShare.districtId),
        eq(supportMeeting.id, videoClipShare.meetingId),
      ),
    )
    .where(and(ofVideo(params.videoId), eq(videoClipShare.kind, "meeting")));
  for (const { teamId } of teams) {
    const relation = await teamRelation(tx, { personId: params.personId, teamId });
    if (relation === "facilitator" || relation === "coach" || relation === "member") return true;
  }
  return false;
}

/** Whether a clip of the video is evidence of a submission under review the person may review. */
async function clipUnderReviewOf(
  tx: Transaction,
  params: { videoId: string; personId: string; now: Date },
): Promise<boolean> {
  const submissions = await tx
    .selectDistinct({ id: credentialSubmission.id })
    .from(videoClipShare)
    .innerJoin(videoClip, clipOfShare)
    .innerJoin(
      credentialSubmission,
      and(
        eq(credentialSubmission.districtId, videoClipShare.districtId),
        eq(credentialSubmission.id, videoClipShare.submissionId),
      ),
    )
    .where(
      and(
        ofVideo(params.videoId),
        eq(videoClipShare.kind, "submission"),
        eq(credentialSubmission.status, "submitted"),
      ),
    );
  if (submissions.length === 0) return false;
  const eligible = await reviewEligibilities(tx, {
    personId: params.personId,
    submissionIds: submissions.map((row) => row.id),
    now: params.now,
  });
  return [...eligible.values()].some((eligibility) => eligibility.ok);
}

/** The clip facts of `VideoViewerFacts` for one person and one video. */
export async function clipGrantFacts(
  tx: Transaction,
  params: { videoId: string; personId: string; now: Date },
): Promise<{ clipInViewersMeeting: boolean; clipUnderViewersReview: boolean }> {
  const [clipInViewersMeeting, clipUnderViewersReview] = await Promise.all([
    clipInMeetingOf(tx, params),
    clipUnderReviewOf(tx, params),
  ]);
  return { clipInViewersMeeting, clipUnderViewersReview };
}
