import { isCaseloadFlagKind } from "@throughline/domain/rules/caseload-flag-kinds";
import { useCallback, useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { CaseloadFilters } from "./filter-rows.ts";

/** The address's names for each filter: `?q=ana&team=…&program=…&flag=behind_on_micropd&flagged=1`. */
const keys = {
  search: "q",
  teamId: "team",
  programId: "program",
  flagKind: "flag",
  onlyFlagged: "flagged",
} as const;

/** Reads the filters from the address; anything unknown (an old or edited link) is ignored. */
export function filtersFromParams(params: URLSearchParams): CaseloadFilters {
  const flag = params.get(keys.flagKind);
  return {
    search: params.get(keys.search) ?? "",
    teamId: params.get(keys.teamId) ?? "",
    programId: params.get(keys.programId) ?? "",
    flagKind: isCaseloadFlagKind(flag) ? flag : "",
    onlyFlagged: params.get(keys.onlyFlagged) === "1",
  };
}

/** Writes the filters into the address, leaving out the ones at their default. */
export function paramsFromFilters(filters: CaseloadFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search !== "") params.set(keys.search, filters.search);
  if (filters.teamId !== "") params.set(keys.teamId, filters.teamId);
  if (filters.programId !== "") params.set(keys.programId, filters.programId);
  if (filters.flagKind !== "") params.set(keys.flagKind, filters.flagKind);
  if (filters.onlyFlagged) params.set(keys.onlyFlagged, "1");
  return params;
}

/**
 * The caseload's filters kept in the address, so Back from a teacher returns to the filtered
 * list and a shared link opens the same filter. Changes replace the current history entry:
 * typing a name does not leave one Back step per letter.
 *
 * The controls show each change at once (the address follows a moment later, as a navigation),
 * and each change names only what it changes, building on the last one: a team chosen and "Only
 * flagged" ticked before the address caught up both stay, and a box shows ticked when clicked.
 */
export function useCaseloadUrlFilters(): [
  CaseloadFilters,
  (change: Partial<CaseloadFilters>) => void,
] {
  const [params, setParams] = useSearchParams();
  const [filters, setShown] = useState(() => filtersFromParams(params));
  const latest = useRef(filters);
  /** Addresses written here that the router has not reported back yet, oldest first. */
  const written = useRef<string[]>([]);
  useEffect(() => {
    const address = params.toString();
    const caughtUp = written.current.indexOf(address);
    if (caughtUp >= 0) {
      written.current.splice(0, caughtUp + 1);
      return;
    }
    // The address moved by itself: Back, or a link opened with its filters.
    written.current = [];
    latest.current = filtersFromParams(params);
    setShown(latest.current);
  }, [params]);
  const setFilters = useCallback(
    (change: Partial<CaseloadFilters>) => {
      latest.current = { ...latest.current, ...change };
      const next = paramsFromFilters(latest.current);
      written.current.push(next.toString());
      setShown(latest.current);
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters];
}
