import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { DraftGuard } from "@throughline/ui/draft-guard";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { Plus } from "lucide-react";
import { type FormEvent, useState } from "react";

interface NewStep {
  description: string;
  dueOn: string;
}

const emptyStep: NewStep = { description: "", dueOn: "" };

/** A new classroom step: what, and by when. Evidence and reflection come once it is tried. */
export function AddStepForm({ planId }: { planId: string }) {
  const queryClient = useQueryClient();
  // Kept on this device as it is typed (the API keeps no draft of a step not yet added), so a
  // reload or a wrong tap before "Add step" loses nothing.
  const draft = useAutosaveDraft<NewStep>({ key: `new-step:${planId}`, saved: emptyStep });
  const { description, dueOn } = draft.value;
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation(
    trpc.actionPlan.addStep.mutationOptions({
      onSuccess: async (_result, variables) => {
        setAdded(`Added “${variables.description.trim()}”.`);
        draft.markSaved(emptyStep);
        await queryClient.invalidateQueries({ queryKey: trpc.actionPlan.pathKey() });
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    add.mutate({ planId, description, dueOn: dueOn === "" ? null : dueOn });
  }
  const general = formError(add.error, ["description", "dueOn"]);
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4 rounded-[var(--radius-card)] border border-dashed border-input p-4 sm:p-5"
    >
      <h3 className="font-semibold text-foreground">Add a step</h3>
      <TextAreaField
        label="What will you do in your classroom?"
        rows={2}
        value={description}
        onChange={(event) => {
          const text = event.target.value;
          draft.setValue((current) => ({ ...current, description: text }));
        }}
        error={fieldError(add.error, "description")}
      />
      <FormField
        label="By when"
        type="date"
        className="sm:max-w-60"
        value={dueOn}
        onChange={(event) => {
          const day = event.target.value;
          draft.setValue((current) => ({ ...current, dueOn: day }));
        }}
        error={fieldError(add.error, "dueOn")}
      />
      <DraftGuard
        state={draft.state}
        dirty={draft.dirty}
        saving={add.isPending}
        message="Your new step is kept on this device and offered back when you return, but it is not on your plan until you add it."
      />
      {general ? <Alert variant="error">{general}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={add.isPending}>
          <Plus aria-hidden="true" />
          {add.isPending ? "Adding…" : "Add step"}
        </Button>
        <p role="status" className="text-sm text-success">
          {added}
        </p>
      </div>
    </form>
  );
}
