import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { ContentBlock } from "@throughline/domain/framework";
import { Alert } from "@throughline/ui/alert";
import { AutosaveStatus } from "@throughline/ui/autosave-status";
import { Button } from "@throughline/ui/button";
import { TitledCard } from "@throughline/ui/titled-card";
import { UnsavedChangesGuard } from "@throughline/ui/unsaved-changes-guard";
import { useAutosaveDraft } from "@throughline/ui/use-autosave-draft";
import { type FormEvent, useState } from "react";
import { blockToSave } from "./block-draft.ts";
import { BlocksFields } from "./blocks-editor.tsx";
import { type SessionDetailsDraft, SessionDetailsFields } from "./session-form.tsx";
import { SessionSaveConflict } from "./session-save-conflict.tsx";
import type { EditorIndicator, EditorSession } from "./types.ts";

interface SessionDraft extends SessionDetailsDraft {
  blocks: ContentBlock[];
}

function draftOf(session: EditorSession): SessionDraft {
  return {
    title: session.title,
    summary: session.summary,
    estimatedMinutes: String(session.estimatedMinutes),
    reflectionPrompts: session.reflectionPrompts,
    afterLessonPrompts: session.afterLessonPrompts,
    indicatorIds: session.indicatorIds,
    blocks: session.blocks,
  };
}

/**
 * A session's details and content blocks in one form with one save: the server stores both in
 * one transaction, so teachers never see new details over old blocks. Unsaved edits stay on
 * this device (Back, a reload or a wrong tap loses nothing) and leaving asks first. Each save
 * names the revision the edits were made from: when another admin saved in between, nothing is
 * written and the admin chooses between their version and these edits.
 */
export function SessionEditor({
  session,
  indicators,
  canEdit,
}: {
  session: EditorSession;
  indicators: readonly EditorIndicator[];
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const device = useAutosaveDraft<SessionDraft>({
    key: `framework-session-editor:${session.id}`,
    saved: draftOf(session),
    revision: session.revision,
  });
  const [conflict, setConflict] = useState<{ message: string; theirs: EditorSession } | null>(null);
  const showStored = (stored: EditorSession) =>
    queryClient.setQueryData(
      trpc.frameworkAdmin.session.queryKey({ sessionId: session.id }),
      stored,
    );
  // A draft this device kept before sessions had after-the-lesson questions has none.
  const draft: SessionDraft = {
    ...device.value,
    afterLessonPrompts: device.value.afterLessonPrompts ?? [],
  };
  const save = useMutation(
    trpc.frameworkAdmin.saveSession.mutationOptions({
      onSuccess: async (result) => {
        if (result.outcome === "conflict") {
          // Nothing was written; this device's draft stays until the admin chooses.
          setConflict({ message: result.message, theirs: result.current });
          return;
        }
        setConflict(null);
        device.markSaved(draftOf(result.session), result.session.revision);
        showStored(result.session);
        await queryClient.invalidateQueries(
          trpc.frameworkAdmin.stage.queryFilter({ stageId: session.stage.id }),
        );
      },
    }),
  );
  const edit = (change: Partial<SessionDraft>) => {
    save.reset();
    device.setValue({ ...draft, ...change });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      sessionId: session.id,
      ...draft,
      estimatedMinutes: Number(draft.estimatedMinutes),
      blocks: draft.blocks.map(blockToSave),
      // The revision these edits started from (a draft restored on this device keeps its own).
      baseRevision: device.revision ?? session.revision,
    });
  };
  /** Either choice takes their version as the base: the next save is checked against it. */
  const choose = (theirs: EditorSession, keepMine: boolean) => {
    setConflict(null);
    save.reset();
    showStored(theirs);
    device.resolve(keepMine ? draft : draftOf(theirs), {
      value: draftOf(theirs),
      revision: theirs.revision,
    });
  };
  const disabled = !canEdit || save.isPending;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-8">
      {device.restored && device.dirty ? (
        <Alert variant="info" title="Your unsaved edits are back">
          This device kept them. Save the session to keep them.{" "}
          <Button variant="link" onClick={device.discard}>
            Drop them
          </Button>
        </Alert>
      ) : null}
      <TitledCard title="Session details">
        <SessionDetailsFields
          details={draft}
          indicators={indicators}
          error={save.error}
          disabled={disabled}
          onChange={edit}
        />
      </TitledCard>
      <TitledCard
        title="Content blocks"
        description="Teachers go through the blocks in this order. Changes take effect when you save the session."
      >
        <BlocksFields
          blocks={draft.blocks}
          error={save.error}
          disabled={disabled}
          canEdit={canEdit}
          onChange={(blocks) => edit({ blocks })}
        />
      </TitledCard>
      {canEdit ? (
        <>
          <div className="sticky bottom-0 z-10 flex flex-wrap items-center gap-3 border-t border-border bg-background py-4">
            <Button type="submit" disabled={disabled}>
              {save.isPending ? "Saving…" : "Save the session"}
            </Button>
            {device.dirty ? <AutosaveStatus state={device.state} /> : null}
          </div>
          {conflict ? (
            <SessionSaveConflict
              message={conflict.message}
              theirs={conflict.theirs}
              onLoadTheirs={() => choose(conflict.theirs, false)}
              onKeepMine={() => choose(conflict.theirs, true)}
            />
          ) : null}
          <div role="status" aria-live="polite">
            {save.isSuccess && save.data.outcome === "saved" ? (
              <Alert variant="success" title="Session saved">
                Details and blocks are saved together. Completed records are unchanged; teachers see
                the new blocks the next time they open the session.
              </Alert>
            ) : null}
          </div>
          {save.isError ? (
            <Alert variant="error" title="The session was not saved">
              {save.error.data?.fieldErrors
                ? "Nothing was changed. Fix the fields marked above, then save again."
                : save.error.message}
            </Alert>
          ) : null}
        </>
      ) : null}
      <UnsavedChangesGuard when={canEdit && device.dirty && !save.isPending} />
    </form>
  );
}
