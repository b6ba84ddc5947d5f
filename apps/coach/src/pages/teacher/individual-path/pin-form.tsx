import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { SelectField } from "@throughline/ui/select-field";
import { type FormEvent, useState } from "react";

/** Assign any session of the teacher's stages; it comes first on their list. */
export function PinForm({
  teacherId,
  stageIds,
}: {
  teacherId: string;
  stageIds: readonly string[];
}) {
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
      <div className="grow">
        <SelectField
          label="Assign a session"
          value={sessionId}
          onChange={(event) => setSessionId(event.target.value)}
          error={error}
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
        </SelectField>
      </div>
      <Button type="submit" disabled={pin.isPending} className="sm:mb-0">
        {pin.isPending ? "Assigning…" : "Assign"}
      </Button>
    </form>
  );
}
