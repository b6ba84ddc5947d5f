import type { ObservationKind, ObservationStatus } from "../enums.ts";

/*
 * Coaching is kept apart from evaluation. This rule says, for one observation and one viewer,
 * how much they may see; the database's observation queries apply the same rule in SQL, and
 * every procedure that returns observation data goes through them.
 */

/** How the viewer stands to the observed teacher; the first that applies, in this order. */
export type ObservationViewer =
  | "observer"
  | "teacher"
  /** Coaches the teacher (cohort) or facilitates their team. */
  | "supporting_coach"
  /** A principal of the teacher's school or a district admin. */
  | "leader"
  | "other";

/**
 * - content: levels, look-fors, notes, photos, reflection;
 * - facts: that it happened — kind, date, observer — and nothing of its content;
 * - none: not even that.
 */
export type ObservationAccess = "content" | "facts" | "none";

interface ObservationFacts {
  kind: ObservationKind;
  status: ObservationStatus;
  /** The teacher chose to share this coaching observation with their principal. */
  sharedWithLeaders: boolean;
}

/** Who may stand to a teacher's own coaching content (a self-assessment): nobody observed it. */
export type TeacherOwnedViewer = Exclude<ObservationViewer, "observer">;

/**
 * Coaching content that belongs to the teacher — a published coaching observation of them, a
 * self-assessment of theirs: the teacher and the coaches who support them see it; a principal or
 * district admin (an evaluator) only that it exists, unless the teacher shared it; anyone else
 * nothing.
 */
export function coachingContentAccess(
  viewer: TeacherOwnedViewer,
  sharedWithLeaders: boolean,
): ObservationAccess {
  if (viewer === "teacher" || viewer === "supporting_coach") return "content";
  if (viewer === "leader") return sharedWithLeaders ? "content" : "facts";
  return "none";
}

export function observationAccess(
  observation: ObservationFacts,
  viewer: ObservationViewer,
): ObservationAccess {
  if (viewer === "observer") return "content";
  // A draft is the observer's alone.
  if (observation.status === "draft") return "none";
  if (viewer === "teacher") return "content";
  if (observation.kind === "coaching") {
    return coachingContentAccess(viewer, observation.sharedWithLeaders);
  }
  // Walkthroughs are evaluation: the school's leaders see them; coaching stays out of it.
  if (viewer === "leader") return "content";
  return "none";
}

/**
 * A logged coaching interaction (co-teaching, a debrief…) is coaching content about each of its
 * teachers: the coach who logged it stands as its observer; the teacher and their supporting
 * coaches read the note; a leader only knows it happened (there is no sharing of a log entry).
 */
export function coachingInteractionAccess(viewer: ObservationViewer): ObservationAccess {
  if (viewer === "observer") return "content";
  return coachingContentAccess(viewer, false);
}
