import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { MentoringConversationView } from "@throughline/domain/mentoring";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";
import { trpc } from "../client.ts";

/** A new conversation of the mentee, or changes to one already logged. */
type FormMode =
  | { kind: "log"; menteeId: string; today: string }
  | { kind: "edit"; conversation: MentoringConversationView; onDone: () => void };

/**
 * The mentor logs one conversation: the day, its topic, notes shared with the mentee, their own
 * private notes and next steps; the mentee is told when it is saved. The same form edits one.
 */
export function ConversationForm({ mode }: { mode: FormMode }) {
  const queryClient = useQueryClient();
  const initial = mode.kind === "edit" ? mode.conversation : null;
  const [heldOn, setHeldOn] = useState(initial?.heldOn ?? (mode.kind === "log" ? mode.today : ""));
  const [topic, setTopic] = useState(initial?.topic ?? "");
  const [sharedNotes, setSharedNotes] = useState(initial?.sharedNotes ?? "");
  const [privateNotes, setPrivateNotes] = useState(initial?.privateNotes ?? "");
  const [nextSteps, setNextSteps] = useState(initial?.nextSteps ?? "");
  const [logged, setLogged] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.mentoring.pathKey() });
  const log = useMutation(
    trpc.mentoring.logConversation.mutationOptions({
      onSuccess: async () => {
        setLogged(true);
        setTopic("");
        setSharedNotes("");
        setPrivateNotes("");
        setNextSteps("");
        await refresh();
      },
    }),
  );
  const edit = useMutation(
    trpc.mentoring.editConversation.mutationOptions({
      onSuccess: async () => {
        await refresh();
        if (mode.kind === "edit") mode.onDone();
      },
    }),
  );
  const pending = log.isPending || edit.isPending;
  const error = mode.kind === "log" ? log.error : edit.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLogged(false);
    const fields = { heldOn, topic, sharedNotes, privateNotes, nextSteps };
    if (mode.kind === "log") log.mutate({ menteeId: mode.menteeId, ...fields });
    else edit.mutate({ conversationId: mode.conversation.id, ...fields });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
      <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <FormField
          label="Date"
          type="date"
          value={heldOn}
          onChange={(event) => setHeldOn(event.target.value)}
          error={fieldError(error, "heldOn")}
        />
        <FormField
          label="Topic"
          value={topic}
          onChange={(event) => setTopic(event.target.value)}
          error={fieldError(error, "topic")}
        />
      </div>
      <TextAreaField
        label="Notes shared with your mentee (optional)"
        hint="Your mentee reads these. Principals never do."
        value={sharedNotes}
        onChange={(event) => setSharedNotes(event.target.value)}
        error={fieldError(error, "sharedNotes")}
        rows={4}
      />
      <TextAreaField
        label="Private notes (optional)"
        hint="Only you read these: not your mentee, not your principal."
        value={privateNotes}
        onChange={(event) => setPrivateNotes(event.target.value)}
        error={fieldError(error, "privateNotes")}
        rows={3}
      />
      <TextAreaField
        label="Next steps (optional)"
        value={nextSteps}
        onChange={(event) => setNextSteps(event.target.value)}
        error={fieldError(error, "nextSteps")}
        rows={2}
      />
      {error && !error.data?.fieldErrors ? <Alert variant="error">{error.message}</Alert> : null}
      {logged ? <Alert variant="success">Logged. Your mentee has been told.</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" size="lg" disabled={pending}>
          {mode.kind === "log"
            ? log.isPending
              ? "Logging…"
              : "Log conversation"
            : edit.isPending
              ? "Saving…"
              : "Save changes"}
        </Button>
        {mode.kind === "edit" ? (
          <Button type="button" size="lg" variant="secondary" onClick={mode.onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
