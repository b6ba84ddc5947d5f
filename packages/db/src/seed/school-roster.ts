import type { TeamKind } from "@throughline/domain/enums";
import { planFor } from "./action-plans.ts";
import type { BuiltStage, DistrictBuilder } from "./district-builder.ts";
import { applyJourney, type CohortContext, type Journey, meetingsAttendedFor } from "./journeys.ts";
import { teamMeetings } from "./meetings.ts";
import { addDays } from "./time.ts";

/** Where one teacher of a school stands: in a cohort on a journey, withdrawn, or not enrolled. */
export type Placement =
  | { cohort: number; journey: Journey }
  | { cohort: number; withdrawn: true }
  | { cohort: null };

export interface CohortSpec {
  stage: BuiltStage;
  name: string;
  coachId: string;
  releaseMode: "self_paced" | "dated";
  workshopAt: Date;
  workshop: { location: string; description: string };
}

export interface TeamSpec {
  name: string;
  kind: TeamKind;
  facilitatorId: string | null;
  /** Indexes into the school's teachers. */
  members: number[];
  location: string;
  videoUrl?: string;
  /** The team's protected weekly block, where it holds its meetings (else after school). */
  meetsDuring?: { weekday: number; startMinute: number };
}

/**
 * Writes a school's cohorts, teams, meetings and every teacher's place in them.
 * `teachers[i]` is placed by `placements[i]`.
 */
export function seedSchoolRoster(
  builder: DistrictBuilder,
  input: {
    schoolId: string;
    schoolYear: string;
    now: Date;
    evidenceDomain: string;
    teachers: string[];
    placements: Placement[];
    cohorts: CohortSpec[];
    teams: TeamSpec[];
    /** Offsets the reflection and plan voices so schools do not mirror each other. */
    voiceOffset: number;
    /** The admin who placed teachers in later stages at the start (an override, recorded). */
    placedById?: string;
  },
): void {
  const { now } = input;
  const cohorts = input.cohorts.map((spec) => {
    // Dated cohorts open a session every two weeks, starting a week after the workshop, each on
    // a school day (a release due on a weekend or in a break opens on the next school day).
    const releaseDates =
      spec.releaseMode === "dated"
        ? releaseDatesFor(builder, spec.workshopAt, spec.stage)
        : undefined;
    const cohortId = builder.cohort({
      schoolId: input.schoolId,
      stage: spec.stage,
      name: spec.name,
      schoolYear: input.schoolYear,
      coachId: spec.coachId,
      releaseMode: spec.releaseMode,
      workshop: { startsAt: spec.workshopAt, ...spec.workshop },
      ...(releaseDates ? { releaseDates } : {}),
    });
    return { spec, cohortId, releaseDates };
  });

  const attendedBy = (index: number): number => {
    const placement = input.placements[index];
    if (placement && "journey" in placement) return meetingsAttendedFor(placement.journey);
    return 2; // Teachers outside a cohort still meet with their team.
  };

  const firstMeetingOf = new Map<number, string>();
  for (const team of input.teams) {
    const memberIds = team.members.map((index) => teacherAt(input.teachers, index));
    const teamId = builder.team({
      schoolId: input.schoolId,
      name: team.name,
      kind: team.kind,
      facilitatorId: team.facilitatorId,
      memberIds,
    });
    const firstMeetingId = teamMeetings(builder, {
      teamId,
      now,
      location: team.location,
      videoUrl: team.videoUrl ?? null,
      meetsDuring: team.meetsDuring,
      members: team.members.map((index) => ({
        personId: teacherAt(input.teachers, index),
        attended: attendedBy(index),
      })),
    });
    for (const index of team.members) firstMeetingOf.set(index, firstMeetingId);
  }

  input.placements.forEach((placement, index) => {
    if (placement.cohort === null) return;
    const cohort = cohorts[placement.cohort];
    if (!cohort)
      throw new Error(`Seed placement names cohort ${placement.cohort}, which is missing.`);
    const personId = teacherAt(input.teachers, index);
    if ("withdrawn" in placement) {
      builder.enrol({
        cohortId: cohort.cohortId,
        personId,
        enrolledAt: addDays(cohort.spec.workshopAt, -7),
        workshopAttended: false,
        withdrawn: true,
      });
      return;
    }
    const voice = index + input.voiceOffset;
    const context: CohortContext = {
      cohortId: cohort.cohortId,
      stage: cohort.spec.stage,
      workshopAt: cohort.spec.workshopAt,
      enrolledAt: addDays(cohort.spec.workshopAt, -7),
      plan: planFor(cohort.spec.stage.position, voice),
      evidenceDomain: input.evidenceDomain,
      ...(cohort.releaseDates ? { releaseDates: cohort.releaseDates } : {}),
      ...(input.placedById ? { placedById: input.placedById } : {}),
    };
    const firstMeetingId = firstMeetingOf.get(index);
    applyJourney(builder, {
      cohort: context,
      personId,
      journey: placement.journey,
      now,
      voice,
      ...(firstMeetingId ? { firstMeetingId } : {}),
    });
  });
}

function teacherAt(teachers: string[], index: number): string {
  const id = teachers[index];
  if (!id) throw new Error(`Seed roster refers to teacher ${index}, who does not exist.`);
  return id;
}

function releaseDatesFor(builder: DistrictBuilder, workshopAt: Date, stage: BuiltStage): Date[] {
  const dates: Date[] = [];
  stage.sessionIds.forEach((_, index) => {
    const due = addDays(workshopAt, 7 + 14 * index);
    dates.push(builder.calendar.onSchoolDayAfter(due, dates.at(-1)));
  });
  return dates;
}
