import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { useNavigate } from "react-router";
import { SaveFooter } from "../../lib/save-footer.tsx";

const empty = { title: "", summary: "", estimatedMinutes: "15", prompt: "" };

/** Adds a session at the end of the stage, then opens it to write its blocks. */
export function AddSessionForm({ stageId }: { stageId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(empty);
  const create = useMutation(
    trpc.frameworkAdmin.createSession.mutationOptions({
      onSuccess: async ({ sessionId }) => {
        await queryClient.invalidateQueries(trpc.frameworkAdmin.pathFilter());
        await navigate(`/framework/sessions/${sessionId}`);
      },
    }),
  );
  const change = (field: keyof typeof empty, value: string) => {
    create.reset();
    setDraft({ ...draft, [field]: value });
  };
  const submit = () => {
    create.mutate({
      stageId,
      title: draft.title,
      summary: draft.summary,
      estimatedMinutes: Number(draft.estimatedMinutes),
      reflectionPrompts: [draft.prompt],
      indicatorIds: [],
    });
  };
  const errorOf = (path: string) => fieldError(create.error, path);
  return (
    <FormCard
      title="Add a session"
      description="It goes last in the stage. You write its content blocks on the next page."
      onSubmit={submit}
    >
      <FormField
        label="Session title"
        value={draft.title}
        disabled={create.isPending}
        error={errorOf("title")}
        onChange={(event) => change("title", event.target.value)}
      />
      <TextAreaField
        label="Session summary"
        rows={2}
        value={draft.summary}
        disabled={create.isPending}
        error={errorOf("summary")}
        onChange={(event) => change("summary", event.target.value)}
      />
      <FormField
        label="Estimated minutes"
        hint="MicroPD is short: 10 to 20 minutes."
        inputMode="numeric"
        className="max-w-xs"
        value={draft.estimatedMinutes}
        disabled={create.isPending}
        error={errorOf("estimatedMinutes")}
        onChange={(event) => change("estimatedMinutes", event.target.value)}
      />
      <TextAreaField
        label="Reflection prompt"
        hint="Every session ends in a reflection; add more prompts on the next page."
        rows={2}
        value={draft.prompt}
        disabled={create.isPending}
        error={errorOf("reflectionPrompts.0") ?? errorOf("reflectionPrompts")}
        onChange={(event) => change("prompt", event.target.value)}
      />
      <SaveFooter
        save={create}
        label="Add the session"
        pendingLabel="Adding…"
        failedTitle="The session was not added"
      />
    </FormCard>
  );
}
