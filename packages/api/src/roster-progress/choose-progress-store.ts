import type { Database, DatabaseKind } from "@throughline/db/client";
import { DatabaseProgressStore } from "./database-progress-store.ts";
import { MemoryProgressStore } from "./memory-progress-store.ts";
import type { ProgressStore } from "./progress-store.ts";

/** One per process: the embedded database is opened by exactly one process. */
const inThisProcess = new MemoryProgressStore();

/**
 * PostgreSQL: the database, so that a poll reaching another server process behind the load
 * balancer sees the import (progress commits on its own pooled connection while the import's
 * transaction holds another).
 *
 * The embedded PGlite: memory. It has one connection, and the import's transaction holds it
 * until the import ends, so a progress write outside that transaction would wait for the import
 * and the import would wait for it: a deadlock. Nothing is lost, since PGlite can only ever be
 * opened by one process, which is the one answering every poll.
 */
export function progressStoreFor(deps: { db: Database; dbKind?: DatabaseKind }): ProgressStore {
  return deps.dbKind === "postgres" ? new DatabaseProgressStore(deps.db) : inThisProcess;
}
