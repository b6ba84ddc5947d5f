import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { minReflectionLength } from "@throughline/domain/progress";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { DraftGuard } from "@throughline/ui/draft-guard";
import { fieldError } from "@throughline/ui/field-error";
import { TextConflict } from "@throughline/ui/text-conflict";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { CircleCheck } from "lucide-react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import { FeedbackPulse } from "../feedback/feedback-pulse.tsx";
import { NextSessionLink } from "./next-session-link.tsx";
import { ReflectionDraftNotice } from "./reflection-draft-notice.tsx";
import { ReflectionField } from "./reflection-field.tsx";
import type { SessionView } from "./types.ts";

/**
 * The last step of a session: the reflection, which completes it. A completed session shows when
 * it was completed and what opens next, and keeps the reflection editable.
 */
export function ReflectionStep({ view }: { view: SessionView }) {
  const queryClient = useQueryClient();
  const saveDraft = useMutation(trpc.micropd.saveReflectionDraft.mutationOptions());
  // Saved on the server as the teacher writes (and on this device while offline), so a reload
  // or another device finds it; completing still goes through `micropd.complete`.
  const draft = useAutosaveDraft<string>({
    key: `micropd-reflection:${view.session.id}`,
    saved: view.reflectionDraft.text ?? view.progress.reflection ?? "",
    revision: view.reflectionDraft.revision,
    save: async (text, baseRevision) => {
      const result = await saveDraft.mutateAsync({
        sessionId: view.session.id,
        text,
        baseRevision: baseRevision ?? view.reflectionDraft.revision,
      });
      if (result.outcome === "saved") return result;
      const { message, theirs } = result;
      return {
        outcome: "conflict",
        message,
        theirs: { value: theirs.text, revision: theirs.revision },
      };
    },
  });
  const reflection = draft.value;
  const [resumed] = useState(() => draft.restored || view.reflectionDraft.text !== null);
  const [justCompleted, setJustCompleted] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const complete = useMutation(
    trpc.micropd.complete.mutationOptions({
      onSuccess(result) {
        draft.markSaved(result.reflection ?? "");
        const wasComplete = view.progress.completedAt !== null;
        queryClient.setQueryData(
          trpc.micropd.session.queryKey({ sessionId: view.session.id }),
          (old) =>
            old && {
              ...old,
              progress: {
                ...old.progress,
                completedAt: result.completedAt,
                reflection: result.reflection,
              },
              next: result.next,
            },
        );
        setJustCompleted(!wasComplete);
        // The stage page, the home page and PD hours all count completed sessions.
        void queryClient.invalidateQueries(trpc.path.stage.queryFilter());
        void queryClient.invalidateQueries(trpc.teacher.home.queryFilter());
      },
    }),
  );

  useEffect(() => {
    if (justCompleted) panel.current?.focus();
  }, [justCompleted]);

  const completedAt = view.progress.completedAt;
  const reflectionError = fieldError(complete.error, "reflection");

  useEffect(() => {
    // Back to the field, where its message is read out with it.
    if (reflectionError) field.current?.focus();
  }, [reflectionError]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    complete.mutate({ sessionId: view.session.id, reflection });
  }

  return (
    <div className="flex flex-col gap-6">
      {completedAt ? (
        <div
          ref={panel}
          tabIndex={-1}
          role="status"
          className="flex flex-col gap-3 rounded-[var(--radius-card)] border border-success/30 bg-success-soft p-5 focus:outline-none sm:p-6"
        >
          <p className="inline-flex items-center gap-2 text-lg font-semibold text-success">
            <CircleCheck aria-hidden="true" className="size-5" />
            {justCompleted ? "Session complete" : `Completed on ${formatDate(completedAt)}`}
          </p>
          {view.fromCatalogue ? (
            // An elective stands alone: the catalogue, not the stage, is where the teacher goes on.
            <Link to="/catalogue" className="font-medium text-primary underline">
              Find another elective in the catalogue
            </Link>
          ) : (
            <NextSessionLink next={view.next} stageId={view.stage.id} />
          )}
        </div>
      ) : null}
      {completedAt ? (
        <FeedbackPulse item={{ itemKind: "micropd_session", itemId: view.session.id }} />
      ) : null}
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <ReflectionField
          prompts={view.session.reflectionPrompts}
          hint={`Write at least ${minReflectionLength} characters. Your coach may read it with you at your next support meeting.`}
          error={reflectionError}
          value={reflection}
          onChange={(event) => draft.setValue(event.target.value)}
          onBlur={() => void draft.flush()}
          name="reflection"
          ref={field}
        />
        {draft.conflict ? (
          <TextConflict
            conflict={draft.conflict}
            mine={reflection}
            resolve={draft.resolve}
            title="Changed on another device"
            theirsLabel="The other device's text"
            useTheirsLabel="Use the other device's text"
          />
        ) : null}
        {resumed ? (
          <ReflectionDraftNotice
            completedReflection={view.progress.reflection}
            current={reflection}
            takeCompleted={(text) => draft.setValue(text)}
          />
        ) : null}
        <DraftGuard
          state={
            complete.isSuccess && !draft.dirty
              ? { kind: "idle" }
              : draft.conflict
                ? { kind: "kept" }
                : draft.state
          }
          dirty={draft.dirty}
          saving={complete.isPending}
          show="always"
        />
        {complete.error && !reflectionError ? (
          <Alert variant="error" title="Your reflection was not saved">
            {complete.error.message}
          </Alert>
        ) : null}
        {complete.isSuccess && !justCompleted ? (
          <Alert variant="success">Your reflection is saved.</Alert>
        ) : null}
        <div>
          <Button type="submit" disabled={complete.isPending}>
            {completedAt ? "Save reflection" : "Mark complete"}
          </Button>
        </div>
      </form>
    </div>
  );
}
