import type { Transaction } from "@throughline/db/client";
import { listVisibleInteractions } from "@throughline/db/queries/coaching-log/coaching-log-read";
import {
  loadCoachNames,
  loadWorkloadEntries,
} from "@throughline/db/queries/coaching-log/coaching-workload";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import {
  type CoachingLogPage,
  type DistrictCoachWorkload,
  WORKLOAD_PAST_WEEKS,
} from "@throughline/domain/coaching-log";
import { localDay } from "@throughline/domain/local-time";
import { coachWorkload, workloadWeeks } from "@throughline/domain/rules/coach-workload";

/** Today on the district's calendar: weeks are the district's weeks. */
export async function districtToday(tx: Transaction, districtId: string): Promise<string> {
  return localDay(new Date(), await districtTimeZone(tx, districtId));
}

/** The weeks asked for (this week and `weeks` before it), newest first. */
function weeksAsked(today: string, input: { weeks?: number } | undefined): string[] {
  return workloadWeeks(today, input?.weeks ?? WORKLOAD_PAST_WEEKS);
}

export async function coachingLogPage(
  tx: Transaction,
  params: { districtId: string; coachId: string; input: { weeks?: number } | undefined },
): Promise<CoachingLogPage> {
  const today = await districtToday(tx, params.districtId);
  const weeks = weeksAsked(today, params.input);
  const since = weeks[weeks.length - 1] ?? today;
  const [interactions, entries] = await Promise.all([
    listVisibleInteractions(tx, { viewerId: params.coachId, coachId: params.coachId, since }),
    loadWorkloadEntries(tx, { since, coachId: params.coachId }),
  ]);
  return { today, interactions, weeks: coachWorkload(entries, weeks) };
}

export async function districtWorkload(
  tx: Transaction,
  params: { districtId: string; input: { weeks?: number } | undefined },
): Promise<DistrictCoachWorkload> {
  const today = await districtToday(tx, params.districtId);
  const weeksOf = weeksAsked(today, params.input);
  const since = weeksOf[weeksOf.length - 1] ?? today;
  const entries = await loadWorkloadEntries(tx, { since });
  const coaches = await loadCoachNames(tx, [...new Set(entries.map((entry) => entry.coachId))]);
  return {
    weeksOf,
    coaches: coaches.map((coach) => ({
      coachId: coach.id,
      displayName: coach.displayName,
      weeks: coachWorkload(
        entries.filter((entry) => entry.coachId === coach.id),
        weeksOf,
      ),
    })),
  };
}
