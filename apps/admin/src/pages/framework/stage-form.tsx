import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { TitledCard } from "@throughline/ui/titled-card";
import { type FormEvent, useState } from "react";
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ stageId: stage.id, ...stageInputOf(draft) });
  };
  return (
    <TitledCard title="Stage details">
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
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
      </form>
    </TitledCard>
  );
}
