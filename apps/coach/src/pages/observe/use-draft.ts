import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { trpc } from "../../lib/trpc.ts";
import { type LocalDraft, readLocalDraft, toSaveInput, writeLocalDraft } from "./local-draft.ts";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

/** How long typing may pause before the draft is sent. */
const autosaveDelayMs = 1200;

/**
 * The draft being recorded: every change is kept on the device at once and sent to the server
 * after a pause; offline, it waits for the browser's `online` event. On opening, a device copy
 * newer than the server's wins and is sent.
 */
export function useDraft(server: LocalDraft, serverUpdatedAt: Date) {
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
  const save = useMutation(trpc.observations.saveDraft.mutationOptions());
  const { mutateAsync } = save;

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
      const result = await mutateAsync(toSaveInput(current));
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
  }, [mutateAsync]);

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
