import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { Label } from "@throughline/ui/label";
import { type FormEvent, useId, useState } from "react";

/** Assign any session of the teacher's stages; it comes first on their list. */
export function PinForm({
  teacherId,
  stageIds,
}: {
  teacherId: string;
  stageIds: readonly string[];
}) {
  const id = useId();
  const [sessionId, setSessionId] = useState("");
  const queryClient = useQueryClient();
  const stages = useQueries({
    queries: stageIds.map((stageId) => trpc.framework.stage.queryOptions({ stageId })),
  });
  const pin = useMutation(
    trpc.recommendations.pin.mutationOptions({
      onSuccess: async () => {
        setSessionId("");
        await queryClient.invalidateQueries({
          queryKey: trpc.recommendations.forTeacher.queryKey(),
        });
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pin.mutate({ teacherId, sessionId });
  };
  const error = pin.error ? fieldError(pin.error, "sessionId", { orGeneral: true }) : null;
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row sm:items-end" noValidate>
      <div className="flex grow flex-col gap-2">
        <Label htmlFor={id}>Assign a session</Label>
        <select
          id={id}
          value={sessionId}
          onChange={(event) => setSessionId(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground shadow-xs"
        >
          <option value="">Choose a session…</option>
          {stages.map((stage) =>
            stage.data ? (
              <optgroup
                key={stage.data.id}
                label={`Stage ${stage.data.position}: ${stage.data.title}`}
              >
                {stage.data.sessions.map((session) => (
                  <option key={session.id} value={session.id}>
                    {session.position}. {session.title}
                  </option>
                ))}
              </optgroup>
            ) : null,
          )}
        </select>
        <FieldMessage id={`${id}-error`} message={error} />
      </div>
      <Button type="submit" disabled={pin.isPending} className="sm:mb-0">
        {pin.isPending ? "Assigning…" : "Assign"}
      </Button>
    </form>
  );
}
