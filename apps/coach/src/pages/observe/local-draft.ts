import type { SaveObservationDraftInput } from "@throughline/domain/observation";

/*
 * The draft as this device holds it, kept in localStorage on every change so a dropped
 * connection, a closed tab or a reload loses nothing. `dirty` means the server has not
 * acknowledged this version yet; `changedAt` lets a reload tell whether it is newer than the
 * server's copy.
 */

export interface LocalDraft extends Omit<SaveObservationDraftInput, "notes"> {
  notes: { id: string; notedAt: string; body: string }[];
  changedAt: number;
  dirty: boolean;
}

const keyFor = (observationId: string) => `throughline.observation-draft.${observationId}`;

export function readLocalDraft(observationId: string): LocalDraft | null {
  try {
    const text = window.localStorage.getItem(keyFor(observationId));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || !("observationId" in parsed)) return null;
    return parsed as LocalDraft;
  } catch {
    // Storage can be unavailable (private mode) or hold something unreadable: start from the server.
    return null;
  }
}

export function writeLocalDraft(draft: LocalDraft): void {
  try {
    window.localStorage.setItem(keyFor(draft.observationId), JSON.stringify(draft));
  } catch {
    // Full or unavailable storage: the autosave to the server still runs.
  }
}

export function forgetLocalDraft(observationId: string): void {
  try {
    window.localStorage.removeItem(keyFor(observationId));
  } catch {
    // Nothing to forget.
  }
}

/** The draft as the API takes it. */
export function toSaveInput(draft: LocalDraft): SaveObservationDraftInput {
  const { changedAt: _changedAt, dirty: _dirty, notes, ...rest } = draft;
  return {
    ...rest,
    notes: notes.map((note) => ({ ...note, notedAt: new Date(note.notedAt) })),
  };
}
