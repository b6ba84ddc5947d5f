import { coachingInteractionAccess, type ObservationAccess } from "./rules/observation-access.ts";

/*
 * Who may read what of a mentoring relationship. Mentoring is support, not evaluation, so it
 * follows the coaching rule (`coachingInteractionAccess`): the mentor stands where a coach who
 * logged an interaction stands, the mentee where the coached teacher stands, and a principal or
 * district admin only learns that a conversation happened. The mentor's private notes are theirs
 * alone, like a draft an observer has not published.
 */

/** How the viewer stands to one mentoring relationship; the first that applies. */
export type MentoringViewer =
  | "mentor"
  | "mentee"
  /** A principal of the mentee's school or a district admin. */
  | "leader"
  | "other";

/** The parts of a relationship: the log's shared notes, the mentor's private notes, the checklist. */
export type MentoringPart = "conversation" | "private_notes" | "checklist";

/** The coaching rule's viewer each mentoring viewer stands as. */
const asCoachingViewer = {
  mentor: "observer",
  mentee: "teacher",
  leader: "leader",
  other: "other",
} as const;

/**
 * - content: the part itself;
 * - facts: that it exists (a conversation's day and topic, the checklist's counts), no notes;
 * - none: not even that.
 */
export function mentoringAccess(viewer: MentoringViewer, part: MentoringPart): ObservationAccess {
  if (part === "private_notes") return viewer === "mentor" ? "content" : "none";
  if (part === "checklist") {
    // Induction progress is what a school follows up on: leaders see which items are ticked.
    return viewer === "other" ? "none" : "content";
  }
  return coachingInteractionAccess(asCoachingViewer[viewer]);
}

/** Whether the viewer may write the part: the mentor writes the log; both tick the checklist. */
export function mentoringWrite(viewer: MentoringViewer, part: MentoringPart): boolean {
  if (part === "checklist") return viewer === "mentor" || viewer === "mentee";
  return viewer === "mentor";
}

interface MentorCandidate {
  id: string;
  active: boolean;
  /** Holds the teacher or coach role in the district. */
  teachesOrCoaches: boolean;
}

interface MenteeCandidate {
  id: string;
  active: boolean;
  teaches: boolean;
  /** The mentee's current mentor, if any. */
  activeMentorId: string | null;
}

/**
 * Why a mentor cannot be assigned to a mentee, naming the field, or null when they can: a
 * mentor is an active teacher or coach of the district; a mentee is an active teacher with no
 * mentor yet (one at a time); nobody mentors themselves.
 */
export function assignmentProblem(
  mentor: MentorCandidate,
  mentee: MenteeCandidate,
): { field: "mentorId" | "menteeId"; message: string } | null {
  if (!mentee.active || !mentee.teaches) {
    return { field: "menteeId", message: "Choose an active teacher to mentor" };
  }
  if (mentee.activeMentorId !== null) {
    return {
      field: "menteeId",
      message: "This teacher already has a mentor: end that assignment first",
    };
  }
  if (!mentor.active || !mentor.teachesOrCoaches) {
    return { field: "mentorId", message: "Choose an active teacher or coach as the mentor" };
  }
  if (mentor.id === mentee.id) {
    return { field: "mentorId", message: "A teacher cannot mentor themselves" };
  }
  return null;
}
