import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { type FormEvent, useId, useState } from "react";

/** The teacher's reflection on an observation; the observer reads it. */
export function ReflectionForm({
  observationId,
  reflection,
}: {
  observationId: string;
  reflection: string | null;
}) {
  const [text, setText] = useState(reflection ?? "");
  const [saved, setSaved] = useState(false);
  const id = useId();
  const queryClient = useQueryClient();
  const reflect = useMutation(
    trpc.observations.reflect.mutationOptions({
      onSuccess: async () => {
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
      <textarea
        id={id}
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        className="rounded-md border border-input bg-surface px-3 py-2 text-base focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      {saved ? <Alert variant="success">Reflection saved.</Alert> : null}
      <div>
        <Button type="submit" disabled={reflect.isPending}>
          {reflect.isPending ? "Saving…" : reflection ? "Update reflection" : "Save reflection"}
        </Button>
      </div>
    </form>
  );
}
