import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { FormField } from "@throughline/ui/form-field";
import { UnsavedChangesGuard } from "@throughline/ui/unsaved-changes-guard";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import type { FormEvent } from "react";
import { trpc } from "../../lib/trpc.ts";
import { namedFieldError } from "../observation-scale/named-field-error.ts";
import { IndicatorChecklist } from "./indicator-checklist.tsx";
import { PromptsEditor } from "./prompts-editor.tsx";
import { TextAreaField } from "./text-area-field.tsx";
import type { EditorIndicator, EditorSession } from "./types.ts";

export interface SessionFormProps {
  session: EditorSession;
  indicators: readonly EditorIndicator[];
  canEdit: boolean;
}

/** A session's title, summary, minutes, reflection prompts and indicators. */
export function SessionForm({ session, indicators, canEdit }: SessionFormProps) {
  const queryClient = useQueryClient();
  // Unsaved edits stay on this device: Back, a reload or a wrong tap does not lose them.
  const device = useAutosaveDraft({
    key: `framework-session:${session.id}`,
    saved: {
      title: session.title,
      summary: session.summary,
      estimatedMinutes: String(session.estimatedMinutes),
      reflectionPrompts: session.reflectionPrompts,
      indicatorIds: session.indicatorIds,
    },
  });
  const draft = device.value;
  const save = useMutation(
    trpc.frameworkAdmin.updateSession.mutationOptions({
      onSuccess: async (saved) => {
        device.markSaved(draft);
        queryClient.setQueryData(
          trpc.frameworkAdmin.session.queryKey({ sessionId: session.id }),
          saved,
        );
        await queryClient.invalidateQueries(
          trpc.frameworkAdmin.stage.queryFilter({ stageId: session.stage.id }),
        );
      },
    }),
  );
  const edit = (change: Partial<typeof draft>) => {
    save.reset();
    device.setValue({ ...draft, ...change });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      sessionId: session.id,
      ...draft,
      estimatedMinutes: Number(draft.estimatedMinutes),
    });
  };
  const disabled = !canEdit || save.isPending;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Session details</CardTitle>
      </CardHeader>
      <CardContent>
        <form onSubmit={submit} noValidate className="flex flex-col gap-5">
          {device.restored && device.dirty ? (
            <Alert variant="info" title="Your unsaved edits are back">
              This device kept them. Save the session to keep them.{" "}
              <Button variant="link" onClick={device.discard}>
                Drop them
              </Button>
            </Alert>
          ) : null}
          <FormField
            label="Title"
            value={draft.title}
            disabled={disabled}
            error={namedFieldError(save.error, "title")}
            onChange={(event) => edit({ title: event.target.value })}
          />
          <TextAreaField
            label="Summary"
            rows={2}
            value={draft.summary}
            disabled={disabled}
            error={namedFieldError(save.error, "summary")}
            onChange={(event) => edit({ summary: event.target.value })}
          />
          <FormField
            label="Estimated minutes"
            hint="10 to 20. Teachers who already completed the session keep the minutes they were credited."
            inputMode="numeric"
            className="max-w-md"
            value={draft.estimatedMinutes}
            disabled={disabled}
            error={namedFieldError(save.error, "estimatedMinutes")}
            onChange={(event) => edit({ estimatedMinutes: event.target.value })}
          />
          <PromptsEditor
            prompts={draft.reflectionPrompts}
            error={save.error}
            disabled={disabled}
            onChange={(reflectionPrompts) => edit({ reflectionPrompts })}
          />
          <IndicatorChecklist
            indicators={indicators}
            chosen={draft.indicatorIds}
            error={save.error}
            disabled={disabled}
            onChange={(indicatorIds) => edit({ indicatorIds })}
          />
          {canEdit ? (
            <Button type="submit" className="self-start" disabled={disabled}>
              {save.isPending ? "Saving…" : "Save the session"}
            </Button>
          ) : null}
          <UnsavedChangesGuard when={canEdit && device.dirty && !save.isPending} />
          <div role="status" aria-live="polite">
            {save.isSuccess ? (
              <Alert variant="success" title="Session saved">
                Completed records are unchanged.
              </Alert>
            ) : null}
          </div>
          {save.isError && !save.error.data?.fieldErrors ? (
            <Alert variant="error" title="The session was not saved">
              {save.error.message}
            </Alert>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
