import type { CaseloadFlagKind } from "@throughline/domain/rules/caseload-flags";
import { flagKinds } from "@throughline/ui/caseload-flag";
import type { CaseloadRow } from "./types.ts";

export interface CaseloadFilters {
  /** Part of a teacher's name. */
  search: string;
  /** A team id, or "" for every team. */
  teamId: string;
  /** A program id: the teachers with a current stage in it; "" for everyone. */
  programId: string;
  onlyFlagged: boolean;
  /** One kind of flag, or "" for any. */
  flagKind: CaseloadFlagKind | "";
}

export const noFilters: CaseloadFilters = {
  search: "",
  teamId: "",
  programId: "",
  onlyFlagged: false,
  flagKind: "",
};

export function filterRows(rows: readonly CaseloadRow[], filters: CaseloadFilters): CaseloadRow[] {
  const search = filters.search.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (search === "" || row.displayName.toLocaleLowerCase().includes(search)) &&
      (filters.teamId === "" || row.teams.some((team) => team.id === filters.teamId)) &&
      (filters.programId === "" ||
        row.programs.some((program) => program.programId === filters.programId)) &&
      (!filters.onlyFlagged || row.flags.length > 0) &&
      (filters.flagKind === "" || row.flags.some((flag) => flag.kind === filters.flagKind)),
  );
}

/** How many teachers carry each kind of flag. */
export function countFlags(rows: readonly CaseloadRow[]): Record<CaseloadFlagKind, number> {
  const counts = Object.fromEntries(flagKinds.map((kind) => [kind, 0])) as Record<
    CaseloadFlagKind,
    number
  >;
  for (const row of rows) for (const flag of row.flags) counts[flag.kind] += 1;
  return counts;
}

/** The programs the caseload's teachers are in, in program order; none where there is one. */
export function programsOf(rows: readonly CaseloadRow[]): { id: string; title: string }[] {
  const programs = new Map<string, { id: string; title: string; order: number }>();
  for (const row of rows) {
    row.programs.forEach((program, order) => {
      const seen = programs.get(program.programId);
      if (!seen || order < seen.order) {
        programs.set(program.programId, {
          id: program.programId,
          title: program.programTitle,
          order,
        });
      }
    });
  }
  return [...programs.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ id, title }) => ({ id, title }));
}
