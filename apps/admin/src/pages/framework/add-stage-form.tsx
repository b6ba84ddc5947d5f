import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { FormCard } from "@throughline/ui/form-card";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { emptyStageDraft, type StageDraft, stageInputOf } from "./stage-draft.ts";
import { StageFields } from "./stage-fields.tsx";

/** Adds a stage after the last one. */
export function AddStageForm() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<StageDraft>(emptyStageDraft);
  const create = useMutation(
    trpc.frameworkAdmin.createStage.mutationOptions({
      onSuccess: async () => {
        setDraft(emptyStageDraft);
        await queryClient.invalidateQueries(trpc.frameworkAdmin.stages.queryFilter());
      },
    }),
  );
  const submit = () => {
    create.mutate(stageInputOf(draft));
  };
  return (
    <FormCard
      title="Add a stage"
      description="The new stage goes last; move it up once it is added."
      onSubmit={submit}
    >
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
        savedMessage="It is listed last above."
        failedTitle="The stage was not added"
      />
    </FormCard>
  );
}
