import type { Database } from "@throughline/db/client";
import {
  deleteImportProgress,
  deleteStaleImportProgress,
  finishImportProgress,
  readImportProgress,
  setImportProgress,
  startImportProgress,
} from "@throughline/db/queries/roster/roster-import-progress";
import type { RosterProgress } from "@throughline/domain/oneroster/input";
import type { ProgressStore } from "./progress-store.ts";

/**
 * Progress in the `roster_import_progress` table, written through the root database handle:
 * each write takes its own pooled connection and commits at once, outside the import's
 * transaction, so every server process answers the page's poll.
 */
export class DatabaseProgressStore implements ProgressStore {
  constructor(private readonly db: Database) {}

  async start(importId: string, total: number): Promise<void> {
    // Starting an import is when old entries go: no timer in any one process is needed.
    await deleteStaleImportProgress(this.db);
    await startImportProgress(this.db, { importId, total });
  }

  async set(importId: string, done: number): Promise<void> {
    await setImportProgress(this.db, { importId, done });
  }

  async finish(importId: string): Promise<void> {
    await finishImportProgress(this.db, importId);
  }

  async drop(importId: string): Promise<void> {
    await deleteImportProgress(this.db, importId);
  }

  read(importId: string): Promise<RosterProgress | null> {
    return readImportProgress(this.db, importId);
  }
}
