import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import type { EditorProgram } from "./program-types.ts";

/** Renames a program or changes its summary; teachers see the new name on their path at once. */
export function ProgramDetailsForm({ program }: { program: EditorProgram }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ title: program.title, summary: program.summary });
  const save = useMutation(
    trpc.programs.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.programs.list.queryFilter()),
    }),
  );
  const field = draftField({
    draft,
    disabled: save.isPending,
    errorOf: (path) => fieldError(save.error, path),
    onChange: (change) => {
      save.reset();
      setDraft({ ...draft, ...change });
    },
  });
  return (
    <FormCard
      title="Name and description"
      level={3}
      onSubmit={() => save.mutate({ programId: program.id, ...draft })}
    >
      <FormField label={`Name of ${program.title}`} {...field("title")} />
      <TextAreaField label={`Description of ${program.title}`} rows={2} {...field("summary")} />
      <SaveFooter
        save={save}
        label="Save the name and description"
        savedTitle="Program saved"
        failedTitle="The program was not saved"
      />
    </FormCard>
  );
}
