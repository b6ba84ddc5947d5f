import { z } from "zod";
import { localDay } from "./local-time.ts";
import { namedWithProgram } from "./rules/current-stage.ts";
import { stageCompletedAt } from "./rules/stage-completion.ts";
import { minutesToHours } from "./transcript.ts";

/*
 * Printable certificates of what a teacher completed: a stage of the framework (its
 * requirements met, and confirmed where the stage asks for it), a course (every MicroPD session
 * of a stage) and a micro-credential (a badge not revoked). Dates are the district's days.
 */

export const certificateKindSchema = z.enum(["stage", "course", "credential"]);
type CertificateKind = z.infer<typeof certificateKindSchema>;

export const certificateKindLabels: Record<CertificateKind, string> = {
  stage: "Stage",
  course: "MicroPD course",
  credential: "Micro-credential",
};

export interface CompletionCertificate {
  kind: CertificateKind;
  /** The enrolment (stage), the stage (course) or the badge (credential) it certifies. */
  id: string;
  /** What was completed, as the certificate names it. */
  title: string;
  startedOn: string;
  completedOn: string;
  minutes: number;
  hours: number;
}

interface StageFacts {
  enrolmentId: string;
  stageId: string;
  stagePosition: number;
  stageTitle: string;
  /** The stage's program where the district runs more than one; null (or absent) where one. */
  programTitle?: string | null;
  requiresConfirmation: boolean;
  enrolledAt: Date;
  confirmedAt: Date | null;
  requirementsMetAt: Date | null;
  workshopMinutes: number;
}

interface CourseFacts {
  stageId: string;
  stagePosition: number;
  stageTitle: string;
  programTitle?: string | null;
  completed: number;
  total: number;
  firstAt: Date;
  lastAt: Date;
  minutes: number;
}

interface BadgeFacts {
  badgeId: string;
  name: string;
  awardedAt: Date;
  minutes: number;
}

/**
 * The teacher's certificates, newest first. A stage counts its workshop and its sessions'
 * minutes; a course its sessions'; a credential the PD minutes its badge carries.
 */
export function completionCertificates(
  facts: {
    stages: readonly StageFacts[];
    courses: readonly CourseFacts[];
    badges: readonly BadgeFacts[];
  },
  timeZone: string,
): CompletionCertificate[] {
  const day = (moment: Date) => localDay(moment, timeZone);
  const finishedCourses = facts.courses.filter(
    (course) => course.total > 0 && course.completed >= course.total,
  );
  const courseOf = new Map(facts.courses.map((course) => [course.stageId, course]));
  const stages = facts.stages.flatMap((stage): CompletionCertificate[] => {
    const completedAt = stageCompletedAt(stage);
    if (!completedAt) return [];
    const minutes = stage.workshopMinutes + (courseOf.get(stage.stageId)?.minutes ?? 0);
    return [
      {
        kind: "stage",
        id: stage.enrolmentId,
        title: namedWithProgram(
          stage.programTitle,
          `Stage ${stage.stagePosition}: ${stage.stageTitle}`,
        ),
        startedOn: day(stage.enrolledAt),
        completedOn: day(completedAt),
        minutes,
        hours: minutesToHours(minutes),
      },
    ];
  });
  const courses = finishedCourses.map(
    (course): CompletionCertificate => ({
      kind: "course",
      id: course.stageId,
      title: namedWithProgram(
        course.programTitle,
        `MicroPD sessions of Stage ${course.stagePosition}: ${course.stageTitle} (${course.total} sessions)`,
      ),
      startedOn: day(course.firstAt),
      completedOn: day(course.lastAt),
      minutes: course.minutes,
      hours: minutesToHours(course.minutes),
    }),
  );
  const credentials = facts.badges.map(
    (badge): CompletionCertificate => ({
      kind: "credential",
      id: badge.badgeId,
      title: `Micro-credential: ${badge.name}`,
      startedOn: day(badge.awardedAt),
      completedOn: day(badge.awardedAt),
      minutes: badge.minutes,
      hours: minutesToHours(badge.minutes),
    }),
  );
  return [...stages, ...courses, ...credentials].sort((a, b) =>
    b.completedOn.localeCompare(a.completedOn),
  );
}
