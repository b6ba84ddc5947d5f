import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { SelectField } from "@throughline/ui/select-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import type { EditorProgram } from "./program-types.ts";
import { emptyStageDraft, type StageDraft, stageInputOf } from "./stage-draft.ts";
import { StageFields } from "./stage-fields.tsx";

/** Adds a stage after the last one of the program chosen (the first open one unless changed). */
export function AddStageForm({ programs }: { programs: readonly EditorProgram[] }) {
  const queryClient = useQueryClient();
  const open = programs.filter((program) => !program.archived);
  const [draft, setDraft] = useState<StageDraft>(emptyStageDraft);
  const [chosen, setChosen] = useState("");
  const programId = open.some((program) => program.id === chosen) ? chosen : (open[0]?.id ?? "");
  const create = useMutation(
    trpc.frameworkAdmin.createStage.mutationOptions({
      onSuccess: async () => {
        setDraft(emptyStageDraft);
        await Promise.all([
          queryClient.invalidateQueries(trpc.frameworkAdmin.stages.queryFilter()),
          queryClient.invalidateQueries(trpc.programs.list.queryFilter()),
        ]);
      },
    }),
  );
  const submit = () => {
    create.mutate({ programId, ...stageInputOf(draft) });
  };
  return (
    <FormCard
      title="Add a stage"
      description="The new stage goes last in its program; move it up once it is added."
      onSubmit={submit}
    >
      {open.length > 1 ? (
        <SelectField
          label="Program"
          value={programId}
          disabled={create.isPending}
          error={fieldError(create.error, "programId")}
          onChange={(event) => {
            create.reset();
            setChosen(event.target.value);
          }}
        >
          {open.map((program) => (
            <option key={program.id} value={program.id}>
              {program.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      <StageFields
        draft={draft}
        error={create.error}
        disabled={create.isPending}
        onChange={(change) => {
          create.reset();
          setDraft({ ...draft, ...change });
        }}
      />
      <SaveFooter
        save={create}
        label="Add the stage"
        pendingLabel={"Adding…"}
        savedTitle="Stage added"
        savedMessage="It is listed last in its program above."
        failedTitle="The stage was not added"
      />
    </FormCard>
  );
}
