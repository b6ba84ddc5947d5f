import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { ErrorState } from "@throughline/ui/error-state";
import { fieldError } from "@throughline/ui/field-error";
import { Loading } from "@throughline/ui/loading";
import { NumberField } from "@throughline/ui/number-field";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useId, useState } from "react";
import { ScheduleWindow } from "./schedule-window.tsx";
import type { PlanningTeam, ProposedWindow } from "./types.ts";

interface FinderQuery {
  teamId: string;
  minMinutes: number;
  tolerance: 0 | 1;
}

function whoIsFree(window: ProposedWindow): string {
  return window.missing ? `all but ${window.missing.name}` : "everyone free";
}

/** Team, minimum length and tolerance in; ranked weekly windows out, each schedulable. */
export function FindTimePanel({ teams }: { teams: readonly PlanningTeam[] }) {
  const teamFieldId = useId();
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [minMinutes, setMinMinutes] = useState("45");
  const [allowOneAbsent, setAllowOneAbsent] = useState(false);
  const [query, setQuery] = useState<FinderQuery | null>(null);
  const found = useQuery({
    ...trpc.collaboration.findTime.queryOptions(
      query ?? { teamId: "", minMinutes: 45, tolerance: 0 },
    ),
    enabled: query !== null,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ teamId, minMinutes: Number(minMinutes), tolerance: allowOneAbsent ? 1 : 0 });
  };

  return (
    <div className="flex flex-col gap-6">
      <form
        onSubmit={submit}
        noValidate
        aria-label="Find common time"
        className="grid items-end gap-4 sm:grid-cols-[2fr_1fr_auto_auto]"
      >
        <SelectField
          label="Team"
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
        >
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name} ({team.members.length} members)
            </option>
          ))}
        </SelectField>
        <NumberField
          label="Minimum minutes"
          min={15}
          max={240}
          step={5}
          value={minMinutes}
          error={fieldError(found.error, "minMinutes")}
          onChange={(event) => setMinMinutes(event.target.value)}
        />
        <CheckboxField
          label="Allow one absent"
          className="h-10 justify-center"
          checked={allowOneAbsent}
          onChange={setAllowOneAbsent}
        />
        <Button type="submit">Find common time</Button>
      </form>

      {query === null ? null : found.isPending ? (
        <Loading variant="inline" label="Looking for common time…" />
      ) : found.isError ? (
        fieldError(found.error, "minMinutes") ? null : (
          <ErrorState
            headingLevel={3}
            title="Common time could not be found"
            message={found.error.message}
            onRetry={() => {
              void found.refetch();
            }}
            retrying={found.isFetching}
          />
        )
      ) : !found.data.hasBellSchedule ? (
        <p className="text-sm text-muted-foreground">
          This school has no bell schedule yet, so there is no school day to search.
        </p>
      ) : found.data.windows.length === 0 ? (
        <p role="status" className="text-sm text-muted-foreground">
          No window of {query.minMinutes} minutes or more where{" "}
          {query.tolerance === 1 ? "all but one of" : "all of"} the {found.data.team.name} are free.
          Try a shorter minimum{query.tolerance === 0 ? " or allow one absent" : ""}.
        </p>
      ) : (
        <section aria-labelledby={`${teamFieldId}-results`} className="flex flex-col gap-3">
          <h3 id={`${teamFieldId}-results`} className="text-base font-semibold text-foreground">
            Proposed windows for the {found.data.team.name}
          </h3>
          <ol aria-label="Proposed windows" className="flex flex-col gap-3">
            {found.data.windows.map((window) => (
              <li
                key={`${window.label}-${window.missing?.personId ?? "all"}`}
                className="flex flex-col gap-3 rounded-lg border border-border p-4"
              >
                <p className="font-medium text-foreground">
                  {window.label} · {window.minutes} min · {whoIsFree(window)}
                </p>
                <ScheduleWindow teamId={found.data.team.id} window={window} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
