import type { RosterProgress } from "@throughline/domain/oneroster/input";

/**
 * Where a running roster import's progress is kept for the page to poll. The import itself
 * writes in the request's one transaction, so nothing it writes is visible until it commits;
 * progress has to live beside it.
 */
export interface ProgressStore {
  /** A new entry at nothing done (and the moment to clear out old entries). */
  start(importId: string, total: number): Promise<void>;
  /** Rows written so far (never more than the total). */
  set(importId: string, done: number): Promise<void>;
  /** All written; kept a while so the page's last poll still sees 100 %. */
  finish(importId: string): Promise<void>;
  /** A failed import leaves nothing to show: the page has the error from the import itself. */
  drop(importId: string): Promise<void>;
  read(importId: string): Promise<RosterProgress | null>;
}
