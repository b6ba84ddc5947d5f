import type {
  ObservationDraftSaveResult,
  SaveObservationDraftInput,
  StoredObservationDraft,
} from "@throughline/domain/observation";
import { sameObservationDraft } from "@throughline/domain/rules/same-observation-draft";
import { useCallback } from "react";
import { forgetNoteDraft } from "./observation-note-draft.ts";
import type { ObservationContent, ObservationDetail } from "./observation-types.ts";
import { forgetStoredDraft } from "./stored-draft.ts";
import { useAutosaveDraft } from "./use-autosave-draft.ts";

/*
 * A draft observation as the recording screen edits it, saved through the shared autosave
 * (`useAutosaveDraft`): kept on the device at every change, sent to the server after a pause
 * with the revision it was based on, held while offline. The app hands in how to save, so this
 * module fetches nothing itself.
 */

/** The draft's content; the revision travels beside it. */
export interface LocalDraft extends Omit<SaveObservationDraftInput, "notes" | "baseRevision"> {
  notes: { id: string; notedAt: string; body: string }[];
}

export type SaveDraft = (input: SaveObservationDraftInput) => Promise<ObservationDraftSaveResult>;

const draftKey = (observationId: string) => `observation:${observationId}`;

/** Forgets this device's copy, with any note not yet added (after publishing or discarding). */
export function forgetLocalDraft(observationId: string): void {
  forgetStoredDraft(draftKey(observationId));
  forgetNoteDraft(observationId);
}

/** The draft as the API takes it. */
function toSaveInput(draft: LocalDraft, baseRevision: number): SaveObservationDraftInput {
  return {
    ...draft,
    baseRevision,
    notes: draft.notes.map((note) => ({ ...note, notedAt: new Date(note.notedAt) })),
  };
}

/** The server's copy of a draft in the device's shape. */
export function draftFromServer(
  detail: ObservationDetail,
  content: ObservationContent,
): LocalDraft {
  return {
    observationId: detail.id,
    observedOn: detail.observedOn,
    classLabel: "classLabel" in detail ? detail.classLabel : null,
    durationMinutes: content.durationMinutes,
    ratings: content.ratings.map(({ indicatorId, levelRank, lookFors }) => ({
      indicatorId,
      levelRank,
      lookFors,
    })),
    notes: content.notes.map((note) => ({ ...note, notedAt: note.notedAt.toISOString() })),
  };
}

/** The draft as the server stored it, in the device's shape. */
function fromStored(stored: StoredObservationDraft): LocalDraft {
  return {
    ...stored,
    notes: stored.notes.map((note) => ({ ...note, notedAt: note.notedAt.toISOString() })),
  };
}

/**
 * The draft being recorded, on the shared autosave. A conflict (another device saved first)
 * waits for the observer's choice through `resolve`; `dirty` says the server lacks something.
 */
export function useObservationDraft(server: LocalDraft, revision: number, save: SaveDraft) {
  const autosave = useAutosaveDraft<LocalDraft>({
    key: draftKey(server.observationId),
    saved: server,
    revision,
    save: async (value, baseRevision) => {
      const result = await save(toSaveInput(value, baseRevision ?? revision));
      return result.outcome === "saved"
        ? { outcome: "saved", revision: result.revision }
        : {
            outcome: "conflict",
            message: result.message,
            theirs: { value: fromStored(result.theirs), revision: result.revision },
          };
    },
    sameValue: sameObservationDraft,
  });
  const { setValue } = autosave;
  const update = useCallback(
    (change: (draft: LocalDraft) => LocalDraft) => setValue(change),
    [setValue],
  );
  return {
    draft: autosave.value,
    update,
    state: autosave.state,
    dirty: autosave.dirty,
    conflict: autosave.conflict,
    resolve: autosave.resolve,
    flush: autosave.flush,
  };
}
