import { coachingVisitStart } from "./observation-start-input.ts";
import type { TestApi } from "./test-api.ts";

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

/**
 * For tests: a coaching visit the coach starts, rates (every indicator at Developing, with
 * `lookFors` when given) and publishes, through the procedures the coach app calls; its id.
 */
export async function publishedCoachingVisit(
  coach: Caller,
  visit: { teacherId: string; indicatorIds: string[]; lookFors?: string },
): Promise<string> {
  const start = coachingVisitStart(visit.teacherId, visit.indicatorIds);
  const { observationId } = await coach.observations.start(start);
  await coach.observations.saveDraft({
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
    notes: [],
  });
  await coach.observations.publish({ observationId });
  return observationId;
}
