/*
 * A draft kept in this device's localStorage, so a reload, a closed tab or a dropped connection
 * loses nothing. Storage can be unavailable (private mode) or full: then the server save, if
 * any, still runs and nothing here throws.
 */

interface StoredDraft<T> {
  value: T;
  /** The server copy this draft started from, so a newer server copy is not hidden by it. */
  base: T;
  /** The server revision the draft was based on, so a restored draft is still checked. */
  revision?: number;
  /**
   * Versions sent to the server whose answer never came (the connection dropped mid-save). The
   * server may hold one of them: then a "changed elsewhere" answer is this device's own save.
   */
  unanswered?: T[];
  changedAt: number;
}

const storageKey = (key: string) => `throughline.draft.${key}`;

export function readStoredDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const text = window.localStorage.getItem(storageKey(key));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || !("value" in parsed)) return null;
    return parsed as StoredDraft<T>;
  } catch {
    return null;
  }
}

export function writeStoredDraft<T>(key: string, draft: Omit<StoredDraft<T>, "changedAt">): void {
  try {
    window.localStorage.setItem(
      storageKey(key),
      JSON.stringify({ ...draft, changedAt: Date.now() }),
    );
  } catch {
    // Full or unavailable storage.
  }
}

export function forgetStoredDraft(key: string): void {
  try {
    window.localStorage.removeItem(storageKey(key));
  } catch {
    // Nothing to forget.
  }
}
