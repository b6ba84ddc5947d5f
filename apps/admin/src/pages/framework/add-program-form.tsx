import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";

const emptyProgram = { title: "", summary: "" };

/** Adds a program after the last one; its stages are added next, with the stage form. */
export function AddProgramForm() {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(emptyProgram);
  const create = useMutation(
    trpc.programs.create.mutationOptions({
      onSuccess: async () => {
        setDraft(emptyProgram);
        await queryClient.invalidateQueries(trpc.programs.list.queryFilter());
      },
    }),
  );
  const field = draftField({
    draft,
    disabled: create.isPending,
    errorOf: (path) => fieldError(create.error, path),
    onChange: (change) => {
      create.reset();
      setDraft({ ...draft, ...change });
    },
  });
  return (
    <FormCard
      title="Add a program"
      description="A program is an initiative with its own stages, run beside the others: a teacher can be in a stage of each."
      onSubmit={() => create.mutate(draft)}
    >
      <FormField label="Program name" {...field("title")} />
      <TextAreaField label="Program description" rows={2} {...field("summary")} />
      <SaveFooter
        save={create}
        label="Add the program"
        pendingLabel="Adding…"
        savedTitle="Program added"
        savedMessage="Add its first stage with the stage form."
        failedTitle="The program was not added"
      />
    </FormCard>
  );
}
