import type { RosterProgress } from "@throughline/domain/oneroster/input";

/*
 * Progress of the imports running in this process. The import writes in one transaction, so
 * nothing in the database shows how far it is; the page asks here instead. An entry is kept a
 * while after it finishes so the last poll still sees 100%.
 */

const KEEP_FINISHED_MS = 5 * 60_000;
const running = new Map<string, RosterProgress>();

export function startProgress(importId: string, total: number): void {
  running.set(importId, { done: 0, total, finished: false });
}

export function reportProgress(importId: string, done: number): void {
  const entry = running.get(importId);
  if (entry) entry.done = Math.min(done, entry.total);
}

export function finishProgress(importId: string): void {
  const entry = running.get(importId);
  if (entry) {
    entry.done = entry.total;
    entry.finished = true;
  }
  setTimeout(() => running.delete(importId), KEEP_FINISHED_MS).unref();
}

/** A failed import leaves nothing to show: the page has the error from the import itself. */
export function dropProgress(importId: string): void {
  running.delete(importId);
}

export function progressOf(importId: string): RosterProgress | null {
  return running.get(importId) ?? null;
}
