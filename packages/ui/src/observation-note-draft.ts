import { useCallback, useState } from "react";
import { forgetStoredDraft, readStoredDraft, writeStoredDraft } from "./stored-draft.ts";

/*
 * The note being typed into "What do you see?" before "Add note" stamps it. Until then it is
 * part of no draft the server saves, so it is kept on this device on its own (the shared
 * device-draft storage) and comes back after a reload or a wrong tap.
 */

const noteKey = (observationId: string) => `observation-note:${observationId}`;

/** Forgets the unadded note (after publishing or discarding the observation). */
export function forgetNoteDraft(observationId: string): void {
  forgetStoredDraft(noteKey(observationId));
}

export function useNoteDraft(observationId: string) {
  const key = noteKey(observationId);
  const [text, setTextState] = useState(() => {
    const stored = readStoredDraft<unknown>(key);
    return typeof stored?.value === "string" ? stored.value : "";
  });
  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      // Whitespace alone is nothing to keep, nor to ask about before leaving.
      if (next.trim()) writeStoredDraft(key, { value: next, base: "" });
      else forgetStoredDraft(key);
    },
    [key],
  );
  return { text, setText, hasText: text.trim() !== "" };
}
