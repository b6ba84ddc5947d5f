import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { CheckboxListFieldset } from "@throughline/ui/checkbox-list-fieldset";
import { fieldError } from "@throughline/ui/field-error";
import { formatDateTime } from "@throughline/ui/format";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";
import type { TeamProfile } from "./types.ts";

/**
 * The facilitator sets the team's next focus: it starts from the current focus (or the team
 * goal's indicators and sessions) and is saved as a new entry of the team's history.
 */
export function FocusForm({ profile }: { profile: TeamProfile }) {
  const queryClient = useQueryClient();
  const [goal] = profile.goals;
  const [indicatorIds, setIndicatorIds] = useState<string[]>(
    profile.focus?.indicators.map((indicator) => indicator.id) ?? goal?.indicatorIds ?? [],
  );
  const [sessionIds, setSessionIds] = useState<string[]>(
    profile.focus?.sessions.map((session) => session.id) ?? goal?.sessionIds ?? [],
  );
  const [reason, setReason] = useState("");
  const save = useMutation(
    trpc.teamFocus.set.mutationOptions({
      onSuccess: async () => {
        setReason("");
        await queryClient.invalidateQueries({ queryKey: trpc.teamFocus.pathKey() });
      },
    }),
  );
  const error = save.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ teamId: profile.team.id, indicatorIds, sessionIds, reason });
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <CheckboxListFieldset
        legend="Indicators"
        hint="Up to 6 indicators the team works on next."
        items={profile.indicators.map((indicator) => ({
          id: indicator.id,
          label: `${indicator.code} ${indicator.title}`,
        }))}
        chosen={indicatorIds}
        onChange={setIndicatorIds}
        error={fieldError(error, "indicatorIds")}
      />
      <CheckboxListFieldset
        legend="MicroPD sessions (optional)"
        hint="Up to 8 sessions teammates see as your team's recommended sessions."
        items={profile.sessionOptions.map((session) => ({
          id: session.id,
          label: `Stage ${session.stagePosition}: ${session.title}`,
        }))}
        chosen={sessionIds}
        onChange={setSessionIds}
        error={fieldError(error, "sessionIds")}
      />
      <TextAreaField
        label="Why this focus (optional)"
        hint="What the profile or the team's goal showed. Teammates read it."
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError(error, "reason")}
        rows={3}
      />
      {error && !error.data?.fieldErrors ? <Alert variant="error">{error.message}</Alert> : null}
      {save.isSuccess ? (
        <Alert variant="success">
          {save.data.agendaMeeting
            ? `Saved. It is on the agenda of “${save.data.agendaMeeting.title}” (${formatDateTime(save.data.agendaMeeting.startsAt)}) and on teammates' homes.`
            : "Saved. Teammates see it on their homes; schedule a meeting to put it on an agenda."}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Set the next focus"}
        </Button>
      </div>
    </form>
  );
}
