import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { CandidateSource } from "@throughline/domain/cohort-admin";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { ChoicePill } from "@throughline/ui/choice-pill";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { Loading } from "@throughline/ui/loading";
import { SelectField } from "@throughline/ui/select-field";
import { TitledCard } from "@throughline/ui/titled-card";
import { type FormEvent, useId, useState } from "react";
import { CandidateChecklist } from "./candidate-checklist.tsx";
import { describeEnrolResult } from "./enrol-result.ts";
import type { CohortDetail, EnrolResult } from "./types.ts";

const modes: { value: CandidateSource; label: string }[] = [
  { value: "team", label: "By team" },
  { value: "school", label: "By school" },
  { value: "search", label: "By search" },
];

/** Enrolling teachers of the cohort's school: a team at once, the whole school, or by name. */
export function EnrolPanel({ cohort }: { cohort: CohortDetail }) {
  const queryClient = useQueryClient();
  const modeName = useId();
  const [mode, setMode] = useState<CandidateSource>("team");
  const [teamId, setTeamId] = useState("");
  const [searchDraft, setSearchDraft] = useState("");
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<EnrolResult | null>(null);

  const ready =
    mode === "school" || (mode === "team" && teamId !== "") || (mode === "search" && query !== "");
  const input = {
    cohortId: cohort.id,
    by: mode,
    ...(mode === "team" ? { teamId } : {}),
    ...(mode === "search" ? { query } : {}),
  };
  const candidates = useQuery({
    ...trpc.cohortAdmin.candidates.queryOptions(input),
    enabled: ready,
  });
  const enrol = useMutation(
    trpc.cohortAdmin.enrol.mutationOptions({
      onSuccess: async (done) => {
        setResult(done);
        await Promise.all([
          queryClient.invalidateQueries(trpc.cohortAdmin.detail.queryFilter()),
          queryClient.invalidateQueries(trpc.cohortAdmin.candidates.queryFilter()),
          queryClient.invalidateQueries(trpc.cohortAdmin.list.queryFilter()),
        ]);
      },
    }),
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(searchDraft.trim());
  };

  return (
    <TitledCard
      title="Enrol teachers"
      description={
        <>
          Teachers of {cohort.school.name}; search by name to enrol its principal or coach, or
          district staff, as learners (a leadership cohort). Stages go in order: anyone who has not
          completed the earlier stages is held back unless you enrol them anyway. Each one enrolled
          is told that the stage is open.
        </>
      }
      contentClassName="flex flex-col gap-5"
    >
      <fieldset className="flex flex-wrap gap-2">
        <legend className="mb-2 text-sm font-medium">Find teachers</legend>
        {modes.map((option) => (
          <ChoicePill
            key={option.value}
            name={modeName}
            checked={mode === option.value}
            onChange={() => {
              setMode(option.value);
              setResult(null);
            }}
          >
            {option.label}
          </ChoicePill>
        ))}
      </fieldset>

      {mode === "team" ? (
        <SelectField
          label="Team"
          value={teamId}
          onChange={(event) => {
            setTeamId(event.target.value);
            setResult(null);
          }}
        >
          <option value="">Choose a team</option>
          {cohort.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      {mode === "search" ? (
        <form onSubmit={search} className="flex flex-wrap items-end gap-3">
          <FormField
            label="Name or email"
            type="search"
            className="min-w-64 flex-1"
            value={searchDraft}
            error={fieldError(candidates.error, "query")}
            onChange={(event) => setSearchDraft(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      ) : null}

      {!ready ? null : candidates.isPending ? (
        <Loading label="Finding teachers…" />
      ) : candidates.isError ? (
        candidates.error.data?.fieldErrors ? null : (
          <Alert variant="error" title="The teachers could not be found">
            {candidates.error.message}
          </Alert>
        )
      ) : (
        <CandidateChecklist
          key={`${mode}:${teamId}:${query}`}
          candidates={candidates.data}
          preselect={mode === "team"}
          busy={enrol.isPending}
          onEnrol={(personIds, overrides) =>
            enrol.mutate({ cohortId: cohort.id, personIds, overrides })
          }
        />
      )}

      {result ? (
        <Alert variant="success" title="Teachers enrolled">
          {describeEnrolResult(result)}
          {result.heldBack.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {result.heldBack.map((row) => (
                <li key={row.personId}>
                  {row.displayName}: {row.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {enrol.isError ? (
        <Alert variant="error" title="Nobody was enrolled">
          {enrol.error.message}
        </Alert>
      ) : null}
    </TitledCard>
  );
}
