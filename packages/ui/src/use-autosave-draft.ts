import { useCallback, useEffect, useRef, useState } from "react";

/*
 * One save pattern for anything a person types: every change is kept on this device at once
 * (localStorage, keyed by what is being edited) so a reload, a wrong tap or a dropped connection
 * loses nothing, and — when the app hands in a `save` — sent to the server after a pause with the
 * revision it was based on. A conflict never overwrites the other person's text: the device copy
 * stays and the server's message is shown. Without `save` the device copy is the draft until the
 * app submits it and calls `markSaved`.
 */

export type AutosaveResult =
  | { outcome: "saved"; revision?: number }
  | { outcome: "conflict"; message: string };

export type AutosaveState =
  | { kind: "idle" }
  | { kind: "kept" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

export interface AutosaveOptions<T> {
  /** What is being edited, e.g. `micropd-reflection:<sessionId>`. */
  key: string;
  /** The server's copy. */
  saved: T;
  /** The revision the server's copy carries, sent back with each save. */
  revision?: number;
  /** Sends a version to the server; absent, drafts live on the device only. */
  save?: (value: T, baseRevision: number | undefined) => Promise<AutosaveResult>;
  delayMs?: number;
}

interface StoredDraft<T> {
  value: T;
  /** The server copy this draft started from, so a newer server copy is not hidden by it. */
  base: T;
  /** The server revision the draft was based on, so a restored draft is still checked. */
  revision?: number;
  changedAt: number;
}

const storageKey = (key: string) => `throughline.draft.${key}`;

function readStored<T>(key: string): StoredDraft<T> | null {
  try {
    const text = window.localStorage.getItem(storageKey(key));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || !("value" in parsed)) return null;
    return parsed as StoredDraft<T>;
  } catch {
    // Storage can be unavailable (private mode) or hold something unreadable.
    return null;
  }
}

function writeStored<T>(key: string, draft: StoredDraft<T> | null): void {
  try {
    if (draft) window.localStorage.setItem(storageKey(key), JSON.stringify(draft));
    else window.localStorage.removeItem(storageKey(key));
  } catch {
    // Full or unavailable storage: the server save, if any, still runs.
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useAutosaveDraft<T>({
  key,
  saved,
  revision,
  save,
  delayMs = 1200,
}: AutosaveOptions<T>) {
  const [restored] = useState(() => {
    const stored = readStored<T>(key);
    // A device copy that differs from the server's is offered back; one equal to it is stale.
    return stored && !same(stored.value, saved) ? stored : null;
  });
  const [value, setValueState] = useState<T>(restored ? restored.value : saved);
  const [state, setState] = useState<AutosaveState>(restored ? { kind: "kept" } : { kind: "idle" });
  const [dirty, setDirty] = useState(restored !== null);
  const latest = useRef(value);
  const base = useRef(restored ? restored.base : saved);
  const rev = useRef(restored ? restored.revision : revision);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const send = useCallback(async (): Promise<boolean> => {
    const doSave = saveRef.current;
    if (!doSave) return false;
    const current = latest.current;
    if (!navigator.onLine) {
      setState({ kind: "offline" });
      return false;
    }
    if (inFlight.current) return false;
    inFlight.current = true;
    setState({ kind: "saving" });
    try {
      const result = await doSave(current, rev.current);
      if (result.outcome === "conflict") {
        setState({ kind: "conflict", message: result.message });
        return false;
      }
      rev.current = result.revision ?? rev.current;
      base.current = current;
      const stillLatest = same(latest.current, current);
      if (stillLatest) {
        writeStored(key, null);
        setDirty(false);
      }
      setState({ kind: "saved", at: new Date() });
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
  }, [key]);

  const setValue = useCallback(
    (next: T) => {
      latest.current = next;
      setValueState(next);
      setDirty(true);
      writeStored(key, {
        value: next,
        base: base.current,
        revision: rev.current,
        changedAt: Date.now(),
      });
      if (!saveRef.current) {
        setState({ kind: "kept" });
        return;
      }
      if (!navigator.onLine) setState({ kind: "offline" });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), delayMs);
    },
    [key, delayMs, send],
  );

  /** The app saved this version itself (e.g. on submit): the device draft is done. */
  const markSaved = useCallback(
    (next: T, nextRevision?: number) => {
      if (timer.current) clearTimeout(timer.current);
      latest.current = next;
      base.current = next;
      rev.current = nextRevision ?? rev.current;
      setValueState(next);
      setDirty(false);
      writeStored(key, null);
      setState({ kind: "saved", at: new Date() });
    },
    [key],
  );

  /** Drops this device's copy and goes back to the server's. */
  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    latest.current = saved;
    setValueState(saved);
    setDirty(false);
    writeStored(key, null);
    setState({ kind: "idle" });
  }, [key, saved]);

  /** Sends what is pending now; true when the server has it all. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    return send();
  }, [send]);

  useEffect(() => {
    // A restored copy, or anything typed while offline, goes to the server when it can.
    if (restored && saveRef.current) void send();
    const back = () => {
      if (saveRef.current && !same(latest.current, base.current)) void send();
    };
    const gone = () => setState((now) => (now.kind === "idle" ? now : { kind: "offline" }));
    window.addEventListener("online", back);
    window.addEventListener("offline", gone);
    return () => {
      window.removeEventListener("online", back);
      window.removeEventListener("offline", gone);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [restored, send]);

  return {
    value,
    setValue,
    state,
    dirty,
    restored: restored !== null,
    /** The revision the next save is checked against. */
    revision: rev.current,
    markSaved,
    discard,
    flush,
  };
}
