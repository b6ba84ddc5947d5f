import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { actionStepStatusLabels } from "@throughline/domain/action-step-labels";
import { type ActionStepStatus, actionStepStatusSchema } from "@throughline/domain/enums";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { DraftGuard } from "@throughline/ui/draft-guard";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { Label } from "@throughline/ui/label";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { UrlField } from "@throughline/ui/url-field";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { type FormEvent, useId, useState } from "react";
import { StepConflict, type StepValues } from "./step-conflict.tsx";
import type { Step } from "./types.ts";

const fields = ["description", "status", "dueOn", "evidenceText", "evidenceUrl", "reflection"];

/** Edits one step: what, by when, status, evidence in words or a link, and the reflection. */
export function StepEditor({ step, onDone }: { step: Step; onDone: () => void }) {
  const queryClient = useQueryClient();
  const statusId = useId();
  // Edits stay on this device until saved: a reload or a wrong tap brings them back.
  const draft = useAutosaveDraft<StepValues>({
    key: `plan-step:${step.id}`,
    saved: asValues(step),
    // Sent back on save: an edit from an older copy (another device saved since) is refused.
    revision: step.revision,
  });
  const values = draft.value;
  const [theirs, setTheirs] = useState<{ value: StepValues; revision: number } | null>(null);
  const update = useMutation(
    trpc.actionPlan.updateStep.mutationOptions({
      onSuccess: async (result) => {
        if (result.outcome === "conflict") {
          setTheirs({ value: asValues(result.current), revision: result.revision });
          return;
        }
        draft.markSaved(values, result.revision);
        await queryClient.invalidateQueries({ queryKey: trpc.actionPlan.pathKey() });
        onDone();
      },
    }),
  );
  const set = (key: keyof StepValues) => (value: string) =>
    draft.setValue({ ...values, [key]: value });

  function send(next: StepValues, baseRevision: number) {
    update.mutate({
      stepId: step.id,
      baseRevision,
      description: next.description,
      status: next.status,
      dueOn: next.dueOn === "" ? null : next.dueOn,
      evidenceText: next.evidenceText,
      evidenceUrl: next.evidenceUrl,
      reflection: next.reflection,
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send(values, theirs?.revision ?? draft.revision ?? step.revision);
  }

  const general = formError(update.error, fields);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextAreaField
        label="What will you do?"
        rows={2}
        value={values.description}
        onChange={(event) => set("description")(event.target.value)}
        error={fieldError(update.error, "description")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-2">
          <Label htmlFor={statusId}>Status</Label>
          <select
            id={statusId}
            value={values.status}
            onChange={(event) => set("status")(event.target.value as ActionStepStatus)}
            className="h-10 rounded-md border border-input bg-surface px-3 text-base text-foreground"
          >
            {actionStepStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {actionStepStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <FormField
          label="By when"
          type="date"
          value={values.dueOn}
          onChange={(event) => set("dueOn")(event.target.value)}
          error={fieldError(update.error, "dueOn")}
        />
      </div>
      <TextAreaField
        label="Evidence"
        hint="What you saw or collected: student work, exit tickets, an observation."
        value={values.evidenceText}
        onChange={(event) => set("evidenceText")(event.target.value)}
        error={fieldError(update.error, "evidenceText")}
      />
      <UrlField
        label="Evidence link"
        hint="A lesson plan, a video or a folder of student work online."
        value={values.evidenceUrl}
        onChange={(event) => set("evidenceUrl")(event.target.value)}
        error={fieldError(update.error, "evidenceUrl")}
      />
      <TextAreaField
        label="Reflection"
        hint="How did it go? What will you keep, change or try next?"
        value={values.reflection}
        onChange={(event) => set("reflection")(event.target.value)}
        error={fieldError(update.error, "reflection")}
      />
      {general ? <Alert variant="error">{general}</Alert> : null}
      {theirs ? (
        <StepConflict
          theirs={theirs.value}
          keepMine={() => {
            draft.resolve(values, theirs);
            setTheirs(null);
            send(values, theirs.revision);
          }}
          useTheirs={async () => {
            draft.resolve(theirs.value, theirs);
            setTheirs(null);
            await queryClient.invalidateQueries({ queryKey: trpc.actionPlan.pathKey() });
          }}
        />
      ) : null}
      {draft.restored && draft.dirty ? (
        <Alert variant="info" title="Your unsaved edits are back">
          This device kept them. Save the step to keep them, or cancel to drop them.
        </Alert>
      ) : null}
      <DraftGuard state={draft.state} dirty={draft.dirty} saving={update.isPending} show="always" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save step"}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            draft.discard();
            onDone();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** A step as the server holds it, in the form's terms ("" for an empty field). */
function asValues(step: {
  description: string;
  status: StepValues["status"];
  dueOn: string | null;
  evidenceText: string | null;
  evidenceUrl: string | null;
  reflection: string | null;
}): StepValues {
  return {
    description: step.description,
    status: step.status,
    dueOn: step.dueOn ?? "",
    evidenceText: step.evidenceText ?? "",
    evidenceUrl: step.evidenceUrl ?? "",
    reflection: step.reflection ?? "",
  };
}
