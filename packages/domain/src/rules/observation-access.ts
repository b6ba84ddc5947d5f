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

export function observationAccess(
  observation: ObservationFacts,
  viewer: ObservationViewer,
): ObservationAccess {
  if (viewer === "observer") return "content";
  // A draft is the observer's alone.
  if (observation.status === "draft") return "none";
  if (viewer === "teacher") return "content";
  if (observation.kind === "coaching") {
    if (viewer === "supporting_coach") return "content";
    if (viewer === "leader") return observation.sharedWithLeaders ? "content" : "facts";
    return "none";
  }
  // Walkthroughs are evaluation: the school's leaders see them; coaching stays out of it.
  if (viewer === "leader") return "content";
  return "none";
}
