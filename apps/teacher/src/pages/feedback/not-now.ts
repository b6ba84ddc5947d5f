import type { FeedbackItemInput } from "@throughline/domain/session-feedback";

/*
 * "Not now" hides a pulse on this device without recording anything, so the teacher can still
 * answer later (the home keeps asking for two weeks); "Skip" is the answer that is recorded.
 */

function key(item: FeedbackItemInput): string {
  return `feedback-not-now:${item.itemKind}:${item.itemId}`;
}

export function hiddenForNow(item: FeedbackItemInput): boolean {
  try {
    return window.localStorage.getItem(key(item)) !== null;
  } catch {
    // Storage refused (private mode): nothing was hidden.
    return false;
  }
}

export function hideForNow(item: FeedbackItemInput): void {
  try {
    window.localStorage.setItem(key(item), new Date().toISOString());
  } catch {
    // Storage refused: the pulse hides for this view only.
  }
}
