import { caseloadFlagKindSchema } from "@throughline/domain/rules/caseload-flags";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { CaseloadFilters } from "./filter-rows.ts";

/** The address's names for each filter: `?q=ana&team=…&flag=behind_on_micropd&flagged=1`. */
const keys = { search: "q", teamId: "team", flagKind: "flag", onlyFlagged: "flagged" } as const;

/** Reads the filters from the address; anything unknown (an old or edited link) is ignored. */
export function filtersFromParams(params: URLSearchParams): CaseloadFilters {
  const flag = caseloadFlagKindSchema.safeParse(params.get(keys.flagKind));
  return {
    search: params.get(keys.search) ?? "",
    teamId: params.get(keys.teamId) ?? "",
    flagKind: flag.success ? flag.data : "",
    onlyFlagged: params.get(keys.onlyFlagged) === "1",
  };
}

/** Writes the filters into the address, leaving out the ones at their default. */
export function paramsFromFilters(filters: CaseloadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search !== "") params.set(keys.search, filters.search);
  if (filters.teamId !== "") params.set(keys.teamId, filters.teamId);
  if (filters.flagKind !== "") params.set(keys.flagKind, filters.flagKind);
  if (filters.onlyFlagged) params.set(keys.onlyFlagged, "1");
  return params;
}

/**
 * The caseload's filters kept in the address, so Back from a teacher returns to the filtered
 * list and a shared link opens the same filter. Changes replace the current history entry:
 * typing a name does not leave one Back step per letter.
 */
export function useCaseloadUrlFilters(): [CaseloadFilters, (filters: CaseloadFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const setFilters = useCallback(
    (next: CaseloadFilters) => setParams(paramsFromFilters(next), { replace: true }),
    [setParams],
  );
  return [filters, setFilters];
}
