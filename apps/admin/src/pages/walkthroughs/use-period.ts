import { useSearchParams } from "react-router";
import { lastNinetyDays } from "./default-period.ts";
import type { PeriodChoice } from "./types.ts";

/**
 * The school and period live in the address, so a view can be bookmarked or shared and the back
 * button returns to the previous one. Missing values: the first school, the last 90 days.
 */
export function usePeriod(defaultSchoolId: string | undefined) {
  const [params, setParams] = useSearchParams();
  const fallback = lastNinetyDays();
  const period: PeriodChoice = {
    schoolId: params.get("school") ?? defaultSchoolId ?? "",
    from: params.get("from") ?? fallback.from,
    to: params.get("to") ?? fallback.to,
  };
  function setPeriod(next: PeriodChoice) {
    setParams({ school: next.schoolId, from: next.from, to: next.to }, { replace: true });
  }
  return { period, setPeriod };
}
