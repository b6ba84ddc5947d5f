/*
 * Who may do what with a classroom video. A video is the teacher's: private until they share
 * it with a person or a team, and a share can be revoked. Video is coaching material, so it
 * follows the coaching-privacy rule: an evaluator (a principal or district admin) sees it only
 * when the teacher shares it with them by name, never through a team they happen to be on.
 */

/** What is known about one viewer and one video (active shares only; revoked ones count for nothing). */
export interface VideoViewerFacts {
  isOwner: boolean;
  /** An active share names the viewer. */
  sharedWithViewer: boolean;
  /** An active share names a team the viewer is a member of. */
  sharedWithViewersTeam: boolean;
  /** The viewer holds the principal or district-admin role. */
  isEvaluator: boolean;
  /** A clip of the video is brought (not revoked) to a support meeting the viewer takes part in. */
  clipInViewersMeeting: boolean;
  /** A clip of the video is evidence of a submission under review that the viewer may review. */
  clipUnderViewersReview: boolean;
}

/**
 * `clip`: the viewer may play a clip of the video brought to them (a meeting, a review), and
 * only through that clip: never the video's page, its comments or its other clips.
 */
export type VideoStanding = "owner" | "shared" | "clip" | "none";

export type VideoAction =
  | "watch"
  | "comment"
  | "reflect"
  | "caption"
  | "share"
  | "clip"
  | "delete"
  | "rename";

/** How the viewer stands to the video; the first that applies. */
export function videoStanding(facts: VideoViewerFacts): VideoStanding {
  if (facts.isOwner) return "owner";
  if (facts.sharedWithViewer) return "shared";
  if (facts.sharedWithViewersTeam && !facts.isEvaluator) return "shared";
  // The teacher submitted it for review: the reviewers the review rule allows play it.
  if (facts.clipUnderViewersReview) return "clip";
  // A meeting is a team's, like a team share: never a way for an evaluator to see coaching video.
  if (facts.clipInViewersMeeting && !facts.isEvaluator) return "clip";
  return "none";
}

/** The things only the teacher does: their own marks, sharing, clips, deleting. */
const ownerOnly: ReadonlySet<VideoAction> = new Set([
  "reflect",
  "share",
  "clip",
  "delete",
  "rename",
]);

/** Whether someone of this standing may take the action. */
export function videoMay(standing: VideoStanding, action: VideoAction): boolean {
  if (standing === "none") return false;
  if (standing === "owner") return true;
  if (standing === "clip") return action === "watch";
  return !ownerOnly.has(action);
}

/** How someone relates to a support meeting's team (meeting-access); null for no relation. */
type MeetingRelation = "facilitator" | "coach" | "member" | "principal" | null;

/**
 * Who may bring a clip to a support meeting: someone who takes part in it (its team's
 * facilitator, coach or member, not a principal looking on) and who holds the video as its
 * teacher, or as the coach or colleague it is shared with. An evaluator it is shared with by
 * name may watch it, but not pass it on to a team.
 */
export function mayBringClipToMeeting(params: {
  standing: VideoStanding;
  isEvaluator: boolean;
  relation: MeetingRelation;
}): boolean {
  const takesPart =
    params.relation === "facilitator" ||
    params.relation === "coach" ||
    params.relation === "member";
  if (!takesPart) return false;
  if (params.standing === "owner") return true;
  return params.standing === "shared" && !params.isEvaluator;
}
