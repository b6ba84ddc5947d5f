import { badgeIssuerAimedInputs } from "./access-matrix-badge-issuer.ts";
import type { PlaceCredentials } from "./access-matrix-credentials.ts";
import { externalPdAimed, type PlaceExternalPd } from "./access-matrix-external-pd.ts";
import type { MatrixRows } from "./access-matrix-rows.ts";
import { type PlaceVideo, videoAimed } from "./access-matrix-video.ts";
import type { ForeignIds } from "./foreign-ids.ts";
import { inputsToTry } from "./foreign-inputs.ts";
import { aimMentoring } from "./mentoring-matrix-rows.ts";

/*
 * The access matrix's inputs: the tenant-isolation inputs, with the ids a few procedures need
 * swapped for rows they take (the shared inputs use any id of the other district, which is
 * enough to show nothing leaks but never reaches the gate of, say, a reviewer's decision).
 */

/**
 * The sample ids of a place, plus its teacher with their credential rows and a signed-in
 * device, a protocol of its district and a scheduled meeting of another team with an item of
 * its agenda.
 */
export interface PlaceIds
  extends ForeignIds,
    MatrixRows,
    PlaceCredentials,
    PlaceExternalPd,
    PlaceVideo {
  teacherId: string;
  /** A session of the place's teacher (the demo teacher's own, at home), to sign out. */
  deviceSessionId: string;
  protocolId: string;
  runMeetingId: string;
  agendaItemId: string;
  /** A team of the school other than the sample team, with a goal (`goalId`, `checkpointId`). */
  goalTeamId: string;
}

/** An id no row has: an id a place lacks must be refused as unknown, not as malformed. */
export const NO_SUCH_ROW = "00000000-0000-4000-8000-000000000000";

const aboutTeacher = new Set(["recommendations.growth"]);

/** A coach's calls about a teacher they coach (the sample team's are rewritten before these). */
const aboutCoachedTeacher = new Set([
  "recommendations.forTeacher",
  "recommendations.dismissFor",
  "recommendations.dismissedFor",
  "recommendations.pin",
  "recommendations.unpin",
  "selfAssessment.forTeacher",
]);

/** A reviewer's calls about the place's teacher's attempt waiting for review. */
const aboutSubmission = new Set([
  "credentialReviews.submission",
  "credentialReviews.saveDraft",
  "credentialReviews.submit",
  "credentialReviews.decide",
]);

/** The teacher's calls on their draft, and on its written reflection. */
const aboutDraft = new Set(["credentials.addEvidence", "credentials.submit"]);
const aboutEvidence = new Set([
  "credentials.updateEvidence",
  "credentials.removeEvidence",
  "credentials.moveEvidence",
]);

/** Procedures whose shared input names a row of another table: the row they take instead. */
const aimed: Record<string, (ids: PlaceIds) => Record<string, unknown>> = {
  ...videoAimed,
  ...externalPdAimed,
  ...badgeIssuerAimedInputs,
  // A name of its own per place: the same name twice in a district is refused as a field error.
  "frameworkAdmin.updateProtocol": (ids) => ({
    protocolId: ids.protocolId,
    name: `Renamed ${ids.protocolId}`,
  }),
  "meetingRoom.setActiveItem": (ids) => ({ meetingId: ids.runMeetingId, itemId: ids.agendaItemId }),
  "meetings.cancel": (ids) => ({ meetingId: ids.runMeetingId }),
  "collaboration.deleteBlock": (ids) => ({ blockId: ids.blockId }),
  "notifications.markRead": (ids) => ({ notificationId: ids.notificationId }),
  "sentMail.message": (ids) => ({ messageId: ids.messageId }),
  "credentialAdmin.removeLead": (ids) => ({
    credentialId: ids.leadCredentialId,
    personId: ids.leadPersonId,
  }),
  "credentialAdmin.revokeBadge": (ids) => ({ badgeId: ids.badgeId }),
  "account.revokeSession": (ids) => ({ sessionId: ids.deviceSessionId }),
  "teamGoals.forTeam": (ids) => ({ teamId: ids.goalTeamId }),
  "teamGoals.create": (ids) => ({ teamId: ids.goalTeamId }),
  "teamGoals.forMeeting": (ids) => ({ meetingId: ids.runMeetingId }),
  // The goal's team keeps its facilitator: the matrix rewrites the sample team's before these.
  "teamFocus.profile": (ids) => ({ teamId: ids.goalTeamId }),
  "teamFocus.set": (ids) => ({ teamId: ids.goalTeamId }),
  // The whole school's cell: the matrix rewrites the team's members before this runs.
  "walkthroughs.list": () => ({ teamId: undefined }),
};

/** The input the matrix sends to `path` in a place. */
export function matrixInput(path: string, ids: PlaceIds): unknown {
  const base = inputsToTry[path]?.(ids);
  if (typeof base !== "object" || base === null) return base;
  const mentoring = aimMentoring(path, ids, NO_SUCH_ROW);
  if (mentoring) return { ...base, ...mentoring };
  const aim = aimed[path];
  if (aim) return { ...base, ...aim(ids) };
  if (aboutTeacher.has(path)) return { ...base, teacherId: ids.teacherId };
  if (aboutCoachedTeacher.has(path)) {
    const session = "sessionId" in base ? { sessionId: ids.coachedSessionId } : {};
    return { ...base, teacherId: ids.coachedTeacherId, ...session };
  }
  if (aboutSubmission.has(path)) return { ...base, submissionId: ids.submissionId };
  if (aboutDraft.has(path)) return { ...base, submissionId: ids.draftSubmissionId };
  if (aboutEvidence.has(path)) return { ...base, itemId: ids.evidenceItemId };
  return base;
}
