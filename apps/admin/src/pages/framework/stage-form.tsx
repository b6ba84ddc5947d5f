import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { FormCard } from "@throughline/ui/form-card";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import { type StageDraft, stageDraftOf, stageInputOf } from "./stage-draft.ts";
import { StageFields } from "./stage-fields.tsx";
import type { EditorStageDetail } from "./types.ts";

/** Edits a stage's text and completion rule. */
export function StageForm({ stage }: { stage: EditorStageDetail }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<StageDraft>(() => stageDraftOf(stage));
  const save = useMutation(
    trpc.frameworkAdmin.updateStage.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries(
            trpc.frameworkAdmin.stage.queryFilter({ stageId: stage.id }),
          ),
          queryClient.invalidateQueries(trpc.frameworkAdmin.stages.queryFilter()),
        ]),
    }),
  );
  const submit = () => {
    save.mutate({ stageId: stage.id, ...stageInputOf(draft) });
  };
  return (
    <FormCard title="Stage details" onSubmit={submit}>
      <StageFields
        draft={draft}
        error={save.error}
        disabled={save.isPending}
        onChange={(change) => {
          save.reset();
          setDraft({ ...draft, ...change });
        }}
      />
      <SaveFooter
        save={save}
        label="Save the stage"
        savedTitle="Stage saved"
        savedMessage="Teachers see the new details at once."
        failedTitle="The stage was not saved"
      />
    </FormCard>
  );
}
