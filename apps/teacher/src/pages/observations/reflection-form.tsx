import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { AutosaveStatus } from "@throughline/ui/autosave-status";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { Textarea } from "@throughline/ui/textarea";
import { UnsavedChangesGuard } from "@throughline/ui/unsaved-changes-guard";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { type FormEvent, useId, useState } from "react";

/**
 * The teacher's reflection on an observation; the observer reads it. What is typed is kept on
 * this device until saved (the API keeps no draft of it), and leaving with it unsaved asks first.
 */
export function ReflectionForm({
  observationId,
  reflection,
}: {
  observationId: string;
  reflection: string | null;
}) {
  const draft = useAutosaveDraft<string>({
    key: `observation-reflection:${observationId}`,
    saved: reflection ?? "",
  });
  const text = draft.value;
  const [saved, setSaved] = useState(false);
  const id = useId();
  const queryClient = useQueryClient();
  const reflect = useMutation(
    trpc.observations.reflect.mutationOptions({
      onSuccess: async (_result, input) => {
        draft.markSaved(input.reflection);
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.observations.pathKey() });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    reflect.mutate({ observationId, reflection: text });
  };
  const error = fieldError(reflect.error, "reflection", { orGeneral: true });
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <label htmlFor={id} className="font-medium">
        Your reflection
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        What do you take from this lesson? Your observer will read it.
      </p>
      <Textarea
        id={id}
        rows={4}
        value={text}
        onChange={(event) => {
          setSaved(false);
          draft.setValue(event.target.value);
        }}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
      />
      <FieldMessage id={`${id}-error`} message={error} />
      {saved ? (
        <Alert variant="success">Reflection saved.</Alert>
      ) : (
        <AutosaveStatus state={draft.state} />
      )}
      <UnsavedChangesGuard
        when={draft.dirty && !reflect.isPending}
        message="Your reflection is kept on this device and offered back when you return, but your observer cannot read it until you save it."
      />
      <div>
        <Button type="submit" disabled={reflect.isPending}>
          {reflect.isPending ? "Saving…" : reflection ? "Update reflection" : "Save reflection"}
        </Button>
      </div>
    </form>
  );
}
