import type {
  ObservationDraftSaveResult,
  SaveObservationDraftInput,
} from "@throughline/domain/observation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ObservationContent, ObservationDetail } from "./observation-types.ts";

/*
 * The draft as this device holds it, kept in localStorage on every change so a dropped
 * connection, a closed tab or a reload loses nothing. `dirty` means the server has not
 * acknowledged this version yet; `changedAt` lets a reload tell whether it is newer than the
 * server's copy. The app hands in how to save, so this module fetches nothing itself.
 */

export interface LocalDraft extends Omit<SaveObservationDraftInput, "notes"> {
  notes: { id: string; notedAt: string; body: string }[];
  changedAt: number;
  dirty: boolean;
}

export type SaveDraft = (input: SaveObservationDraftInput) => Promise<ObservationDraftSaveResult>;

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

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

/** The server's copy of a draft in the device's shape. */
export function draftFromServer(
  detail: ObservationDetail,
  content: ObservationContent,
): LocalDraft {
  return {
    observationId: detail.id,
    baseRevision: content.revision,
    observedOn: detail.observedOn,
    classLabel: "classLabel" in detail ? detail.classLabel : null,
    durationMinutes: content.durationMinutes,
    ratings: content.ratings.map(({ indicatorId, levelRank, lookFors }) => ({
      indicatorId,
      levelRank,
      lookFors,
    })),
    notes: content.notes.map((note) => ({ ...note, notedAt: note.notedAt.toISOString() })),
    changedAt: content.updatedAt.getTime(),
    dirty: false,
  };
}

/** How long typing may pause before the draft is sent. */
const autosaveDelayMs = 1200;

/**
 * The draft being recorded: every change is kept on the device at once and sent to the server
 * after a pause; offline, it waits for the browser's `online` event. On opening, a device copy
 * newer than the server's wins and is sent.
 */
export function useObservationDraft(server: LocalDraft, serverUpdatedAt: Date, save: SaveDraft) {
  const [draft, setDraft] = useState<LocalDraft>(() => {
    const local = readLocalDraft(server.observationId);
    if (local?.dirty && local.changedAt > serverUpdatedAt.getTime()) {
      // Edited here while the server could not hear it: this device's copy is the latest.
      return { ...local, baseRevision: server.baseRevision };
    }
    return server;
  });
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const latest = useRef(draft);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** `schedule`, for `send` to call without depending on it. */
  const scheduleNext = useRef<() => void>(() => {});
  /** The latest save function, so a new one from a re-render does not restart the effects. */
  const saveRef = useRef(save);
  saveRef.current = save;

  const send = useCallback(async (): Promise<boolean> => {
    const current = latest.current;
    if (!current.dirty) return true;
    if (!navigator.onLine) {
      setState({ kind: "offline" });
      return false;
    }
    if (inFlight.current) return false;
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await saveRef.current(toSaveInput(current));
      if (result.outcome === "conflict") {
        setState({ kind: "conflict", message: result.message });
        return false;
      }
      // Later edits made while this save was in flight stay dirty and go next.
      const stillLatest = latest.current.changedAt === current.changedAt;
      const next = { ...latest.current, baseRevision: result.revision, dirty: !stillLatest };
      latest.current = next;
      setDraft(next);
      writeLocalDraft(next);
      setState({ kind: "saved", at: new Date() });
      if (!stillLatest) scheduleNext.current();
      return stillLatest;
    } catch (error) {
      const offline = !navigator.onLine || error instanceof TypeError;
      setState(
        offline
          ? { kind: "offline" }
          : { kind: "error", message: error instanceof Error ? error.message : String(error) },
      );
      return false;
    } finally {
      inFlight.current = false;
    }
  }, []);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void send(), autosaveDelayMs);
  }, [send]);
  scheduleNext.current = schedule;

  const update = useCallback(
    (change: (draft: LocalDraft) => LocalDraft) => {
      const next = { ...change(latest.current), changedAt: Date.now(), dirty: true };
      latest.current = next;
      setDraft(next);
      writeLocalDraft(next);
      if (!navigator.onLine) setState({ kind: "offline" });
      schedule();
    },
    [schedule],
  );

  useEffect(() => {
    // A restored copy goes to the server straight away; so does anything typed while offline.
    if (latest.current.dirty) void send();
    const back = () => void send();
    const gone = () => setState({ kind: "offline" });
    window.addEventListener("online", back);
    window.addEventListener("offline", gone);
    return () => {
      window.removeEventListener("online", back);
      window.removeEventListener("offline", gone);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [send]);

  /** Sends what is pending now (before publishing); true when the server has it all. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    return send();
  }, [send]);

  return { draft, update, state, flush };
}
