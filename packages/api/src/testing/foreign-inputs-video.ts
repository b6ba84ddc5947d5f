import type { ForeignIds } from "./foreign-ids.ts";

const vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nGood morning\n";

/** Classroom-video calls aimed at another district's rows (any of its ids stands in for a video). */
export const videoInputsToTry: Record<string, (foreign: ForeignIds) => unknown> = {
  "video.get": (foreign) => ({ videoId: foreign.personId }),
  "video.comment": (foreign) => ({
    videoId: foreign.personId,
    atSeconds: 3,
    body: "A comment",
    indicatorId: foreign.indicatorId,
    levelRank: 2,
  }),
  "video.removeComment": (foreign) => ({ commentId: foreign.personId }),
  "video.share": (foreign) => ({
    videoId: foreign.personId,
    personId: foreign.personId,
    consentConfirmed: true,
  }),
  "video.revokeShare": (foreign) => ({ shareId: foreign.personId }),
  "video.clip": (foreign) => ({
    videoId: foreign.personId,
    title: "A clip",
    startSeconds: 1,
    endSeconds: 4,
  }),
  "video.clipAsEvidence": (foreign) => ({ clipId: foreign.personId, stepId: foreign.stepId }),
  "video.addCaption": (foreign) => ({
    videoId: foreign.personId,
    label: "English",
    language: "en",
    vtt,
  }),
  "video.bringClipToMeeting": (foreign) => ({
    clipId: foreign.personId,
    meetingId: foreign.meetingId,
  }),
  "video.meetingClips": (foreign) => ({ meetingId: foreign.meetingId }),
  "video.clipToSubmission": (foreign) => ({
    submissionId: foreign.personId,
    requirementKey: "lesson_video",
    clipId: foreign.personId,
  }),
  "video.submissionClips": (foreign) => ({ submissionId: foreign.personId }),
  "video.revokeClipShare": (foreign) => ({ clipShareId: foreign.personId }),
  "video.saveSettings": () => ({ maxMegabytes: 500, retentionDays: 30, consentRule: null }),
};
