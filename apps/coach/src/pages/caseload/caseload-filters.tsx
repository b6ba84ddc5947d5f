import { isCaseloadFlagKind } from "@throughline/domain/rules/caseload-flag-kinds";
import type { CaseloadFlagKind } from "@throughline/domain/rules/caseload-flags";
import { flagKinds, flagWords } from "@throughline/ui/caseload-flag";
import { Input } from "@throughline/ui/input";
import { Label } from "@throughline/ui/label";
import { useId } from "react";
import type { CaseloadFilters as Filters } from "./filter-rows.ts";
import type { CaseloadTeam } from "./types.ts";

const selectClasses =
  "h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground shadow-xs";

export interface CaseloadFiltersProps {
  filters: Filters;
  teams: readonly CaseloadTeam[];
  /** The programs to filter by; none (and no control) where the district runs one. */
  programs: readonly { id: string; title: string }[];
  onChange: (change: Partial<Filters>) => void;
}

function parseFlagKind(value: string): CaseloadFlagKind | "" {
  return isCaseloadFlagKind(value) ? value : "";
}

export function CaseloadFilters({ filters, teams, programs, onChange }: CaseloadFiltersProps) {
  const id = useId();
  return (
    <fieldset
      className={
        programs.length > 0
          ? "grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto] lg:items-end"
          : "grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto] lg:items-end"
      }
    >
      <legend className="sr-only">Filter the caseload</legend>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-search`}>Search by name</Label>
        <Input
          id={`${id}-search`}
          type="search"
          value={filters.search}
          onChange={(event) => onChange({ search: event.target.value })}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-team`}>Team</Label>
        <select
          id={`${id}-team`}
          value={filters.teamId}
          onChange={(event) => onChange({ teamId: event.target.value })}
          className={selectClasses}
        >
          <option value="">All teams</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      {programs.length > 0 ? (
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-program`}>Program</Label>
          <select
            id={`${id}-program`}
            value={filters.programId}
            onChange={(event) => onChange({ programId: event.target.value })}
            className={selectClasses}
          >
            <option value="">All programs</option>
            {programs.map((program) => (
              <option key={program.id} value={program.id}>
                {program.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-flag`}>Flag</Label>
        <select
          id={`${id}-flag`}
          value={filters.flagKind}
          onChange={(event) => onChange({ flagKind: parseFlagKind(event.target.value) })}
          className={selectClasses}
        >
          <option value="">Any flag or none</option>
          {flagKinds.map((kind) => (
            <option key={kind} value={kind}>
              {flagWords[kind].name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex h-10 items-center gap-2">
        <input
          id={`${id}-flagged`}
          type="checkbox"
          checked={filters.onlyFlagged}
          onChange={(event) => onChange({ onlyFlagged: event.target.checked })}
          className="size-4 accent-primary"
        />
        <Label htmlFor={`${id}-flagged`}>Only flagged</Label>
      </div>
    </fieldset>
  );
}
