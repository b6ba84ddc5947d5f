import type { ImpactGrouping } from "@throughline/domain/impact-report";
import { useSearchParams } from "react-router";

/** What the report covers, as chosen on the page (empty strings for "all"). */
export interface ImpactChoice {
  from: string;
  to: string;
  schoolId: string;
  stageId: string;
  cohortId: string;
  by: ImpactGrouping;
}

function calendarDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** From 1 August of the current school year to today, in the browser's own calendar. */
function thisSchoolYearSoFar(today = new Date()): { from: string; to: string } {
  const year = today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
  return { from: `${year}-08-01`, to: calendarDay(today) };
}

const groupings: readonly ImpactGrouping[] = ["school", "cohort", "stage"];

/**
 * The choice lives in the address, so a report can be bookmarked, shared with a board member's
 * clerk or printed again later, and the back button returns to the previous one.
 */
export function useImpactChoice() {
  const [params, setParams] = useSearchParams();
  const fallback = thisSchoolYearSoFar();
  const by = params.get("by");
  const choice: ImpactChoice = {
    from: params.get("from") ?? fallback.from,
    to: params.get("to") ?? fallback.to,
    schoolId: params.get("school") ?? "",
    stageId: params.get("stage") ?? "",
    cohortId: params.get("cohort") ?? "",
    by: groupings.find((grouping) => grouping === by) ?? "school",
  };
  /**
   * Changes some of the choice, read against the address as it is now (not as this render saw
   * it), so two quick changes in a row both hold.
   */
  function setChoice(patch: Partial<ImpactChoice>) {
    const names: Record<keyof ImpactChoice, string> = {
      from: "from",
      to: "to",
      schoolId: "school",
      stageId: "stage",
      cohortId: "cohort",
      by: "by",
    };
    setParams(
      () => {
        // The address itself, not the updater's argument: react-router hands the updater the
        // params of the hook's last render, so a change made before the page re-rendered
        // (a school, then at once a stage) would drop the one before it.
        const next = new URLSearchParams(window.location.search);
        for (const [key, value] of Object.entries(patch)) {
          const name = names[key as keyof ImpactChoice];
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  }
  return { choice, setChoice };
}

/** The API input: unset filters left out. */
export function impactInput(choice: ImpactChoice) {
  return {
    from: choice.from,
    to: choice.to,
    by: choice.by,
    ...(choice.schoolId ? { schoolId: choice.schoolId } : {}),
    ...(choice.stageId ? { stageId: choice.stageId } : {}),
    ...(choice.cohortId ? { cohortId: choice.cohortId } : {}),
  };
}
