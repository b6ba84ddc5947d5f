import type { Database } from "@throughline/db/client";
import type { Decision } from "./access-matrix.ts";
import { districtAdmins, signedIn, teachers } from "./access-matrix.ts";
import { demoTeacherOnly } from "./access-matrix-shared-decisions.ts";
import type { TestApi } from "./test-api.ts";
import { readyVideoOf } from "./video-fixture.ts";

/*
 * Classroom video in the access matrix: each place's teacher has a video with a comment, a
 * clip and a share they revoked again, so nobody but them gets past its gate (a video is
 * private to its teacher until shared; the matrix's roles are shared none).
 */

type Teacher = Awaited<ReturnType<TestApi["callerFor"]>>;

export interface PlaceVideo {
  videoId: string;
  videoCommentId: string;
  videoClipId: string;
  videoShareId: string;
  /** The clip brought to a meeting to come of the teacher's team (or an unknown id if none). */
  videoClipShareId: string;
}

/** The place's teacher's video, comment, clip and revoked share. */
export async function placeVideo(
  db: Database,
  email: string,
  teacher: Teacher,
): Promise<PlaceVideo> {
  const { videoId } = await readyVideoOf(db, email);
  const { commentId } = await teacher.video.comment({ videoId, atSeconds: 5, body: "Wait time" });
  const { clipId } = await teacher.video.clip({
    videoId,
    title: "Opening",
    startSeconds: 0,
    endSeconds: 10,
  });
  const { shareTargets } = await teacher.video.get({ videoId });
  const someone = shareTargets?.people[0]?.id ?? "";
  const { shareId } = await teacher.video.share({
    videoId,
    personId: someone,
    consentConfirmed: true,
  });
  await teacher.video.revokeShare({ shareId });
  const meeting = (await teacher.video.get({ videoId })).meetingChoices[0];
  const brought = meeting
    ? await teacher.video.bringClipToMeeting({ clipId, meetingId: meeting.id })
    : { clipShareId: crypto.randomUUID() };
  return {
    videoId,
    videoCommentId: commentId,
    videoClipId: clipId,
    videoShareId: shareId,
    videoClipShareId: brought.clipShareId,
  };
}

/** The calls that name the place's video or its rows take them instead of the shared ids. */
export const videoAimed: Record<
  string,
  (
    ids: PlaceVideo & {
      stepId: string;
      runMeetingId: string;
      submissionId: string;
      draftSubmissionId: string;
    },
  ) => Record<string, unknown>
> = {
  "video.get": (ids) => ({ videoId: ids.videoId }),
  "video.comment": (ids) => ({ videoId: ids.videoId }),
  "video.removeComment": (ids) => ({ commentId: ids.videoCommentId }),
  "video.share": (ids) => ({ videoId: ids.videoId }),
  "video.revokeShare": (ids) => ({ shareId: ids.videoShareId }),
  "video.clip": (ids) => ({ videoId: ids.videoId }),
  "video.clipAsEvidence": (ids) => ({ clipId: ids.videoClipId, stepId: ids.stepId }),
  "video.addCaption": (ids) => ({ videoId: ids.videoId }),
  "video.bringClipToMeeting": (ids) => ({ clipId: ids.videoClipId, meetingId: ids.runMeetingId }),
  "video.meetingClips": (ids) => ({ meetingId: ids.runMeetingId }),
  "video.clipToSubmission": (ids) => ({
    clipId: ids.videoClipId,
    submissionId: ids.draftSubmissionId,
  }),
  "video.submissionClips": (ids) => ({ submissionId: ids.submissionId }),
  "video.revokeClipShare": (ids) => ({ clipShareId: ids.videoClipShareId }),
};

export const videoDecisions: Record<string, Decision> = {
  "video.mine": teachers,
  "video.myClips": teachers,
  "video.sharedWithMe": signedIn,
  // The video's own teacher alone: it is shared with nobody the matrix signs in as.
  "video.get": demoTeacherOnly,
  "video.comment": demoTeacherOnly,
  "video.removeComment": demoTeacherOnly,
  "video.share": demoTeacherOnly,
  "video.revokeShare": demoTeacherOnly,
  "video.clip": demoTeacherOnly,
  "video.clipAsEvidence": demoTeacherOnly,
  "video.addCaption": demoTeacherOnly,
  // The clip's teacher alone: the clip is hers and the video shared with no one.
  "video.bringClipToMeeting": demoTeacherOnly,
  // Whoever relates to the meeting's team asks (what each may play is the clip-sharing test's).
  "video.meetingClips": { coach: "o", principal: "o", districtAdmin: "os", reviewer: "o" },
  "video.clipToSubmission": demoTeacherOnly,
  // The submission's teacher, and the reviewers the review rule allows while it is under review:
  // the same reviewers as `credentialReviews.submission` (the rule is the same function).
  "video.submissionClips": { teacher: "o", coach: "os", reviewer: "os" },
  // Whoever brought the clip (its teacher): nobody else takes it back.
  "video.revokeClipShare": demoTeacherOnly,
  "video.settings": districtAdmins,
  "video.saveSettings": districtAdmins,
};
