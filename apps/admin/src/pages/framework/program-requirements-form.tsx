import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormCard } from "@throughline/ui/form-card";
import { SelectField } from "@throughline/ui/select-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import {
  type EditorProgram,
  type ProgramRequirementRow,
  type RequirableRole,
  requirableRoles,
  roleName,
} from "./program-types.ts";

/** Per role: "" not required, "all" in every school, or the one school it is required in. */
type Choices = Record<RequirableRole, string>;

function choicesOf(rows: readonly ProgramRequirementRow[]): Choices {
  const choice = (role: RequirableRole) => {
    const own = rows.filter((row) => row.role === role);
    if (own.some((row) => row.schoolId === null)) return "all";
    return own[0]?.schoolId ?? "";
  };
  return { teacher: choice("teacher"), coach: choice("coach"), principal: choice("principal") };
}

function requirementsOf(choices: Choices) {
  return requirableRoles.flatMap((role) => {
    const choice = choices[role];
    if (choice === "") return [];
    return [{ role, schoolId: choice === "all" ? null : choice }];
  });
}

/** Who must take the program: for teachers, coaches and principals, nobody, everyone or one school. */
export function ProgramRequirementsForm({
  program,
  requirements,
}: {
  program: EditorProgram;
  requirements: readonly ProgramRequirementRow[];
}) {
  const queryClient = useQueryClient();
  const options = useQuery(trpc.peopleAdmin.options.queryOptions());
  const [choices, setChoices] = useState<Choices>(() => choicesOf(requirements));
  const save = useMutation(
    trpc.programs.setRequirements.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.programs.list.queryFilter()),
    }),
  );
  const sent = requirementsOf(choices);
  const errorFor = (role: RequirableRole) => {
    const index = sent.findIndex((row) => row.role === role);
    return index < 0 ? null : fieldError(save.error, `requirements.${index}.schoolId`);
  };
  return (
    <FormCard
      title="Who must take it"
      description="Teachers see a required program on their path with the word Required."
      level={3}
      onSubmit={() => save.mutate({ programId: program.id, requirements: sent })}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        {requirableRoles.map((role) => (
          <SelectField
            key={role}
            label={`${roleName(role)} (${program.title})`}
            value={choices[role]}
            disabled={save.isPending}
            error={errorFor(role)}
            onChange={(event) => {
              save.reset();
              setChoices({ ...choices, [role]: event.target.value });
            }}
          >
            <option value="">Not required</option>
            <option value="all">Required in every school</option>
            {(options.data?.schools ?? []).map((school) => (
              <option key={school.id} value={school.id}>
                Required at {school.name}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <FormAlert
        message={formError(
          save.error,
          sent.map((_, i) => `requirements.${i}.schoolId`),
        )}
      />
      <SaveFooter save={save} label="Save who must take it" savedTitle="Requirements saved" />
    </FormCard>
  );
}
