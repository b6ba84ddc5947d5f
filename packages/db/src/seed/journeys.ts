import type { BuiltStage, DistrictBuilder } from "./district-builder.ts";
import { reflectionFor } from "./reflections.ts";
import { addDays } from "./time.ts";

/** Where a seeded teacher stands in their stage; each maps to a stage status on the home pages. */
export type Journey =
  | "not_started"
  | "early"
  | "midway"
  | "nearly_done"
  | "ready_for_review"
  | "complete";

export interface CohortContext {
  cohortId: string;
  stage: BuiltStage;
  workshopAt: Date;
  enrolledAt: Date;
  /** Release date per session position for dated cohorts; absent for self-paced ones. */
  releaseDates?: Date[];
  /** Goal and steps for action plans in this stage. */
  plan: { goal: string; steps: string[] };
  evidenceDomain: string;
  /**
   * Who placed teachers straight into a later stage when the district started (they did the
   * earlier stages before): recorded as an override of the stage order, as the enrol screen does.
   */
  placedById?: string;
}

/** Support meetings a teacher on this journey has attended since enrolling. */
export function meetingsAttendedFor(journey: Journey): number {
  switch (journey) {
    case "not_started":
      return 0;
    case "early":
    case "midway":
      return 1;
    case "nearly_done":
      return 2;
    case "ready_for_review":
    case "complete":
      return 3;
  }
}

function sessionsDoneFor(journey: Journey, total: number): number {
  switch (journey) {
    case "not_started":
      return 0;
    case "early":
      return 2;
    case "midway":
      return Math.ceil(total / 2);
    case "nearly_done":
      return total - 2;
    case "ready_for_review":
    case "complete":
      return total;
  }
}

/**
 * Enrols a teacher and writes what their journey implies: workshop attendance, completed
 * sessions with reflections, a session in progress, and an action plan. Meetings are written by
 * the team, from meetingsAttendedFor. Dated cohorts cap progress at what has been released.
 */
export function applyJourney(
  builder: DistrictBuilder,
  input: {
    cohort: CohortContext;
    personId: string;
    journey: Journey;
    now: Date;
    /** Varies the reflection texts between neighbours. */
    voice: number;
    /** The team's first meeting, where action-plan commitments were made. */
    firstMeetingId?: string;
  },
): void {
  const { cohort, personId, journey, now } = input;
  const started = journey !== "not_started";
  builder.enrol({
    cohortId: cohort.cohortId,
    personId,
    // Teachers who have not started joined the cohort last week, after the workshop.
    enrolledAt: started ? cohort.enrolledAt : addDays(now, -7),
    workshopAttended: started,
    confirmedAt: journey === "complete" ? addDays(now, -3) : null,
    ...(cohort.stage.position > 1 && cohort.placedById
      ? {
          stageOverride: {
            byId: cohort.placedById,
            at: addDays(cohort.enrolledAt, -1),
            reason: `Placed in Stage ${cohort.stage.position} when the district started: completed the earlier stages in the district's previous PD programme.`,
          },
        }
      : {}),
  });
  if (!started) return;

  const sessionIds = cohort.stage.sessionIds;
  const released = cohort.releaseDates
    ? cohort.releaseDates.filter((date) => date.getTime() <= now.getTime()).length
    : sessionIds.length;
  const done = Math.min(sessionsDoneFor(journey, sessionIds.length), released);
  const span = now.getTime() - cohort.workshopAt.getTime();

  // Each session is opened a day before it is finished, never before the previous one was
  // finished, so the dashboard's waits between sessions read as a teacher's real pauses.
  let previousDone = cohort.workshopAt;
  sessionIds.slice(0, done).forEach((sessionId, index) => {
    const paced = new Date(cohort.workshopAt.getTime() + (span * (index + 1)) / (done + 1));
    const releasedAt = cohort.releaseDates?.[index];
    const finished =
      releasedAt && releasedAt.getTime() > paced.getTime() ? addDays(releasedAt, 1) : paced;
    // Written on a school day at an hour a teacher is awake (the pacing alone lands anywhere).
    const plausible = builder.calendar.plausibleMoment(
      finished.getTime() < now.getTime() ? finished : addDays(now, -1),
      now,
    );
    // Moving back to a school day must not put a session before the one finished earlier.
    const completedAt = plausible.getTime() < previousDone.getTime() ? previousDone : plausible;
    const dayBefore = addDays(completedAt, -1);
    builder.progress({
      personId,
      sessionId,
      currentBlock: 3,
      openedAt: dayBefore.getTime() > previousDone.getTime() ? dayBefore : previousDone,
      completedAt,
      reflection: reflectionFor(cohort.stage.position, index + 1, input.voice),
    });
    previousDone = completedAt;
  });

  // Early and midway teachers are part-way through their next session, if it is open.
  const nextId = sessionIds[done];
  if ((journey === "early" || journey === "midway") && nextId && done < released) {
    builder.progress({
      personId,
      sessionId: nextId,
      currentBlock: 1,
      openedAt: previousDone.getTime() < now.getTime() ? addDays(now, -2) : now,
      completedAt: null,
      reflection: null,
    });
  }

  if (journey === "early") return;
  builder.actionPlan({
    personId,
    stageId: cohort.stage.id,
    goal: cohort.plan.goal,
    steps: planSteps(input, cohort),
  });
}

function planSteps(
  input: { journey: Journey; now: Date; voice: number; firstMeetingId?: string },
  cohort: CohortContext,
) {
  const [first = "", second = "", third = ""] = cohort.plan.steps;
  const due = (days: number) => addDays(input.now, days).toISOString().slice(0, 10);
  const finished = input.journey === "ready_for_review" || input.journey === "complete";
  const firstStep = finished
    ? {
        description: first,
        status: "done" as const,
        dueOn: due(-20),
        evidenceUrl: `https://files.${cohort.evidenceDomain}/evidence/${input.voice}-lesson-plan.pdf`,
        reflection:
          "I taught the revised lesson twice. The closing summaries showed most students could answer the essential question; the ones who could not had missed the vocabulary, so I will preview it earlier next time.",
        ...(input.firstMeetingId ? { fromMeetingId: input.firstMeetingId } : {}),
      }
    : {
        description: first,
        status: input.journey === "nearly_done" ? ("in_progress" as const) : ("planned" as const),
        dueOn: due(7),
        ...(input.firstMeetingId ? { fromMeetingId: input.firstMeetingId } : {}),
      };
  return [
    firstStep,
    {
      description: second,
      status: finished
        ? ("in_progress" as const)
        : input.voice % 3 === 0
          ? ("stuck" as const)
          : ("planned" as const),
      dueOn: due(14),
    },
    { description: third, status: "planned" as const, dueOn: due(28) },
  ];
}
