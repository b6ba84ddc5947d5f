import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { TeamKind } from "@throughline/domain/enums";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useState } from "react";
import { SchoolSelect } from "../../lib/school-picker.tsx";
import { teamKindLabels } from "./role-label.ts";
import type { AdminTeam, PeopleOptions } from "./types.ts";

interface TeamDraft {
  schoolId: string;
  name: string;
  kind: TeamKind;
  facilitatorId: string;
  memberIds: string[];
}

function draftOf(team: AdminTeam | null, options: PeopleOptions): TeamDraft {
  if (team) {
    return {
      schoolId: team.school.id,
      name: team.name,
      kind: team.kind,
      facilitatorId: team.facilitator?.id ?? "",
      memberIds: team.members.map((member) => member.id),
    };
  }
  const onlySchool = options.schools.length === 1 ? (options.schools[0]?.id ?? "") : "";
  return { schoolId: onlySchool, name: "", kind: "plc", facilitatorId: "", memberIds: [] };
}

/** Creates a team, or changes one: the members ticked replace its members. */
export function TeamForm({
  team,
  options,
  onDone,
}: {
  team: AdminTeam | null;
  options: PeopleOptions;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<TeamDraft>(() => draftOf(team, options));
  const [filter, setFilter] = useState("");
  const people = useQuery({
    ...trpc.peopleAdmin.schoolPeople.queryOptions({ schoolId: draft.schoolId }),
    enabled: draft.schoolId !== "",
  });
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.peopleAdmin.pathFilter());
    onDone();
  };
  const create = useMutation(trpc.peopleAdmin.createTeam.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.peopleAdmin.updateTeam.mutationOptions({ onSuccess }));
  const save = team ? update : create;
  const error = save.error;
  const errorOf = (path: string) => fieldError(error, path);
  const change = (patch: Partial<TeamDraft>) => {
    save.reset();
    setDraft({ ...draft, ...patch });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...draft, facilitatorId: draft.facilitatorId || null };
    if (team) update.mutate({ teamId: team.id, ...input });
    else create.mutate(input);
  };
  const choices = people.data ?? [];
  const shown = choices.filter((person) =>
    person.displayName.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const busy = save.isPending;
  const field = draftField({ draft, disabled: busy, errorOf, onChange: change });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <SchoolSelect
          schools={options.schools}
          emptyLabel="Choose a school"
          value={draft.schoolId}
          disabled={busy}
          error={errorOf("schoolId")}
          onChange={(schoolId) => change({ schoolId, facilitatorId: "", memberIds: [] })}
        />
        <FormField label="Team name" {...field("name")} />
        <SelectField
          label="Kind"
          value={draft.kind}
          disabled={busy}
          error={errorOf("kind")}
          onChange={(event) => change({ kind: event.target.value as TeamKind })}
        >
          {(Object.keys(teamKindLabels) as TeamKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {teamKindLabels[kind]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Facilitator"
          value={draft.facilitatorId}
          disabled={busy || draft.schoolId === ""}
          error={errorOf("facilitatorId")}
          onChange={(event) => change({ facilitatorId: event.target.value })}
        >
          <option value="">No facilitator</option>
          {choices.map((person) => (
            <option key={person.id} value={person.id}>
              {person.displayName}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 font-semibold">Members ({draft.memberIds.length} chosen)</legend>
        {draft.schoolId === "" ? (
          <p className="text-sm text-muted-foreground">Choose a school to pick its people.</p>
        ) : (
          <>
            <FormField
              label="Filter people by name"
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
            <ul className="grid max-h-72 gap-1 overflow-y-auto rounded-md border border-border p-2 sm:grid-cols-2">
              {shown.map((person) => (
                <li key={person.id}>
                  <label className="flex items-center gap-2 rounded px-2 py-1 text-sm hover:bg-muted">
                    <input
                      type="checkbox"
                      className="size-4"
                      disabled={busy}
                      checked={draft.memberIds.includes(person.id)}
                      onChange={(event) =>
                        change({
                          memberIds: event.target.checked
                            ? [...draft.memberIds, person.id]
                            : draft.memberIds.filter((id) => id !== person.id),
                        })
                      }
                    />
                    {person.displayName}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        {errorOf("memberIds") ? (
          <FieldMessage id="team-members-error" message={errorOf("memberIds") ?? ""} />
        ) : null}
      </fieldset>
      {error ? (
        <Alert variant="error" title="The team was not saved">
          {error.data?.fieldErrors ? "Check the fields marked above." : error.message}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : team ? "Save team" : "Create team"}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
