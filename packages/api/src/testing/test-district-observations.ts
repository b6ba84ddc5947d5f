import { coachingVisitStart } from "./observation-start-input.ts";
import type { TestApi } from "./test-api.ts";

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

/** What a published observation holds: its ratings' look-fors and its timed notes. */
interface ObservationContent {
  teacherId: string;
  indicatorIds: string[];
  lookFors?: string;
  notes?: string[];
}

/**
 * An observation the observer starts, rates (every indicator at Developing) and publishes,
 * through the procedures the coach and admin apps call; its id.
 */
async function publishedObservation(
  observer: Caller,
  kind: "coaching" | "walkthrough",
  visit: ObservationContent,
): Promise<string> {
  const start = coachingVisitStart(visit.teacherId, visit.indicatorIds, { kind });
  const { observationId } = await observer.observations.start(start);
  await observer.observations.saveDraft({
    observationId,
    baseRevision: 0,
    observedOn: start.observedOn,
    classLabel: start.classLabel,
    durationMinutes: start.durationMinutes,
    ratings: visit.indicatorIds.map((indicatorId) => ({
      indicatorId,
      levelRank: 2,
      lookFors: visit.lookFors ?? null,
    })),
    notes: (visit.notes ?? []).map((body) => ({
      id: crypto.randomUUID(),
      notedAt: new Date(),
      body,
    })),
  });
  await observer.observations.publish({ observationId });
  return observationId;
}

/**
 * For tests: a coaching visit the coach starts, rates (with `lookFors` and `notes` when given)
 * and publishes; its id.
 */
export function publishedCoachingVisit(coach: Caller, visit: ObservationContent): Promise<string> {
  return publishedObservation(coach, "coaching", visit);
}

/** For tests: a walkthrough a principal of the teacher's school records and publishes; its id. */
export function publishedWalkthrough(
  principal: Caller,
  visit: ObservationContent,
): Promise<string> {
  return publishedObservation(principal, "walkthrough", visit);
}
