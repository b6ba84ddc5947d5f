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
}

export type VideoStanding = "owner" | "shared" | "none";

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
  return !ownerOnly.has(action);
}
