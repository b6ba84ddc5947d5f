import { useCallback, useEffect, useRef, useState } from "react";
import { forgetStoredDraft, readStoredDraft, writeStoredDraft } from "./stored-draft.ts";

/*
 * The one save pattern for anything a person types. Every change is kept on this device at once
 * (localStorage, keyed by what is being edited) so a reload, a wrong tap or a dropped connection
 * loses nothing. When the app hands in a `save`, the change also goes to the server a moment
 * after typing stops (and at once on `flush`, e.g. on blur), with the revision it was based on;
 * offline, it waits for the browser to come back. A conflict never overwrites the other person's
 * text: the device copy stays, theirs is shown, and the person chooses (`resolve`). A save whose
 * answer never came (the connection dropped mid-request) may still have landed: when the server
 * then reports a change from elsewhere and holds exactly that version, it was this device's own
 * save, and the autosave carries on from it instead of reporting a conflict. Without
 * `save` the device copy is the draft until the app submits it and calls `markSaved`.
 */

export type AutosaveResult<T = unknown> =
  | { outcome: "saved"; revision?: number }
  | {
      outcome: "conflict";
      message: string;
      /** What the server holds now, when the API says; the person chooses between both. */
      theirs?: { value: T; revision: number };
    };

export type AutosaveState =
  | { kind: "idle" }
  | { kind: "kept" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

export interface AutosaveConflict<T> {
  message: string;
  theirs?: { value: T; revision: number };
}

interface AutosaveOptions<T> {
  /** What is being edited, e.g. `micropd-reflection:<sessionId>`. */
  key: string;
  /** The server's copy. While nothing is unsaved here, a newer one (new `revision`) is shown. */
  saved: T;
  /** The revision the server's copy carries, sent back with each save. */
  revision?: number;
  /** Sends a version to the server; absent, drafts live on the device only. */
  save?: (value: T, baseRevision: number | undefined) => Promise<AutosaveResult<T>>;
  delayMs?: number;
  /** Whether two versions hold the same content; by default, the same JSON. */
  sameValue?: (a: T, b: T) => boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const FIRST_RETRY_MS = 3000;
const LAST_RETRY_MS = 60_000;

/** A request that never got an answer: `fetch` throws a TypeError, which clients may wrap. */
function isNetworkFailure(error: unknown): boolean {
  if (error instanceof TypeError) return true;
  return error instanceof Error && error.cause instanceof TypeError;
}

export function useAutosaveDraft<T>({
  key,
  saved,
  revision,
  save,
  delayMs = 1200,
  sameValue = same,
}: AutosaveOptions<T>) {
  const [restored] = useState(() => {
    const stored = readStoredDraft<T>(key);
    // A device copy that differs from the server's is offered back; one equal to it is stale.
    return stored && !same(stored.value, saved) ? stored : null;
  });
  const [value, setValueState] = useState<T>(restored ? restored.value : saved);
  const [state, setState] = useState<AutosaveState>(restored ? { kind: "kept" } : { kind: "idle" });
  const [conflict, setConflict] = useState<AutosaveConflict<T> | null>(null);
  const [dirty, setDirty] = useState(restored !== null);
  const latest = useRef(value);
  const base = useRef(restored ? restored.base : saved);
  const rev = useRef(restored ? restored.revision : revision);
  const [revisionShown, setRevisionShown] = useState(rev.current);
  /** Versions sent without an answer yet, oldest first (kept with the device copy). */
  const unanswered = useRef<T[]>(restored?.unanswered ?? []);
  const sameRef = useRef(sameValue);
  sameRef.current = sameValue;
  /** Keeps `value` on the device, with what it is based on and the saves still unanswered. */
  const keep = useCallback(
    (value: T) =>
      writeStoredDraft(key, {
        value,
        base: base.current,
        revision: rev.current,
        unanswered: unanswered.current,
      }),
    [key],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** The wait before retrying a save lost on the way; 0 after an answer. */
  const retryMs = useRef(0);
  const inFlight = useRef(false);
  /** A change arrived while a save was in flight: it goes as soon as that save answers. */
  const again = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  const adoptRevision = useCallback((next: number | undefined) => {
    rev.current = next;
    setRevisionShown(next);
  }, []);

  const send = useCallback(async (): Promise<boolean> => {
    const doSave = saveRef.current;
    // While a conflict waits for the person's choice, nothing is sent (`resolve` clears it first).
    if (!doSave || conflictRef.current) return false;
    if (timer.current) clearTimeout(timer.current);
    const current = latest.current;
    if (!navigator.onLine) {
      setState({ kind: "offline" });
      return false;
    }
    if (inFlight.current) {
      again.current = true;
      return false;
    }
    inFlight.current = true;
    setState({ kind: "saving" });
    // Recorded before sending: a closed tab or a dropped connection may lose the answer.
    unanswered.current = [...unanswered.current.slice(-4), current];
    keep(latest.current);
    let ownSaveLanded = false;
    let retryInMs: number | null = null;
    try {
      const result = await doSave(current, rev.current);
      retryMs.current = 0;
      const sentEarlier = unanswered.current;
      unanswered.current = [];
      if (result.outcome === "conflict") {
        const theirs = result.theirs;
        if (theirs && sentEarlier.some((sent) => sameRef.current(sent, theirs.value))) {
          // The "other device" was this one: an earlier save landed and its answer was lost.
          adoptRevision(theirs.revision);
          base.current = theirs.value;
          ownSaveLanded = true;
          if (sameRef.current(latest.current, theirs.value)) {
            forgetStoredDraft(key);
            setDirty(false);
            setState({ kind: "saved", at: new Date() });
            return true;
          }
          keep(latest.current);
          return false;
        }
        const found = { message: result.message, theirs: result.theirs };
        conflictRef.current = found;
        setConflict(found);
        setState({ kind: "conflict", message: result.message });
        return false;
      }
      adoptRevision(result.revision ?? rev.current);
      setConflict(null);
      base.current = current;
      const stillLatest = same(latest.current, current);
      if (stillLatest) {
        forgetStoredDraft(key);
        setDirty(false);
      } else {
        // Typed while this save was in flight: keep the device copy on the new revision.
        keep(latest.current);
      }
      setState({ kind: "saved", at: new Date() });
      return stillLatest;
    } catch (error) {
      const dropped = isNetworkFailure(error);
      setState(
        !navigator.onLine || dropped
          ? { kind: "offline" }
          : { kind: "error", message: error instanceof Error ? error.message : String(error) },
      );
      // Still online but the request was lost on the way: try again, waiting longer each time.
      if (navigator.onLine && dropped) {
        retryMs.current = Math.min(retryMs.current * 2 || FIRST_RETRY_MS, LAST_RETRY_MS);
        retryInMs = retryMs.current;
      }
      return false;
    } finally {
      inFlight.current = false;
      if (ownSaveLanded && !same(latest.current, base.current)) {
        // Send what is newer than the save that landed, now that the revision is right.
        again.current = false;
        timer.current = setTimeout(() => void sendRef.current(), 0);
      } else if (again.current || !same(latest.current, current)) {
        again.current = false;
        timer.current = setTimeout(() => void sendRef.current(), delayMs);
      } else if (retryInMs !== null) {
        timer.current = setTimeout(() => void sendRef.current(), retryInMs);
      }
    }
  }, [key, delayMs, adoptRevision, keep]);
  const sendRef = useRef(send);
  sendRef.current = send;

  const setValue = useCallback(
    (next: T | ((current: T) => T)) => {
      const resolved =
        typeof next === "function" ? (next as (current: T) => T)(latest.current) : next;
      latest.current = resolved;
      setValueState(resolved);
      setDirty(true);
      keep(resolved);
      if (!saveRef.current) {
        setState({ kind: "kept" });
        return;
      }
      if (!navigator.onLine) setState({ kind: "offline" });
      // While a conflict waits for the person's choice, nothing more is sent.
      if (conflictRef.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), delayMs);
    },
    [delayMs, send, keep],
  );

  /** The app saved this version itself (e.g. on submit): the device draft is done. */
  const markSaved = useCallback(
    (next: T, nextRevision?: number) => {
      if (timer.current) clearTimeout(timer.current);
      latest.current = next;
      base.current = next;
      adoptRevision(nextRevision ?? rev.current);
      setValueState(next);
      setDirty(false);
      setConflict(null);
      unanswered.current = [];
      forgetStoredDraft(key);
      setState({ kind: "saved", at: new Date() });
    },
    [key, adoptRevision],
  );

  /**
   * After a conflict: `chosen` (theirs, both together, or still mine) based on the server's
   * revision now. Theirs alone is already saved; anything else is sent at once.
   */
  const resolve = useCallback(
    (chosen: T, theirs: { value: T; revision: number }) => {
      setConflict(null);
      conflictRef.current = null;
      base.current = theirs.value;
      adoptRevision(theirs.revision);
      if (same(chosen, theirs.value)) {
        markSaved(chosen, theirs.revision);
        return;
      }
      latest.current = chosen;
      setValueState(chosen);
      setDirty(true);
      keep(chosen);
      void send();
    },
    [adoptRevision, markSaved, send, keep],
  );

  /** Drops this device's copy and goes back to the server's. */
  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    latest.current = saved;
    setValueState(saved);
    setDirty(false);
    setConflict(null);
    unanswered.current = [];
    forgetStoredDraft(key);
    setState({ kind: "idle" });
  }, [key, saved]);

  /** Sends what is pending now (on blur, before leaving); true when the server has it all. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    if (conflictRef.current) return false;
    if (same(latest.current, base.current)) return true;
    return send();
  }, [send]);

  // Someone else saved and nothing is unsaved here: show the server's newer copy. Only a higher
  // revision is newer: a `saved` prop the app has not refetched since this device's own save is
  // older, and taking it would undo that save.
  const savedText = JSON.stringify(saved);
  useEffect(() => {
    if (dirty || conflict || revision === undefined) return;
    if (rev.current !== undefined && revision <= rev.current) return;
    if (inFlight.current) return;
    markSaved(JSON.parse(savedText) as T, revision);
  }, [dirty, conflict, revision, savedText, markSaved]);

  useEffect(() => {
    // A restored copy, or anything typed while offline, goes to the server when it can.
    if (restored && saveRef.current) void sendRef.current();
    const back = () => {
      if (saveRef.current && !same(latest.current, base.current)) void sendRef.current();
    };
    const gone = () => setState((now) => (now.kind === "idle" ? now : { kind: "offline" }));
    window.addEventListener("online", back);
    window.addEventListener("offline", gone);
    return () => {
      window.removeEventListener("online", back);
      window.removeEventListener("offline", gone);
      // Leaving (another agenda step, another page) with a save pending: send it now.
      if (timer.current) {
        clearTimeout(timer.current);
        if (saveRef.current && !conflictRef.current) void sendRef.current();
      }
    };
  }, [restored]);

  return {
    value,
    setValue,
    state,
    dirty,
    conflict,
    restored: restored !== null,
    /** The revision the next save is checked against. */
    revision: revisionShown,
    markSaved,
    resolve,
    discard,
    flush,
  };
}
