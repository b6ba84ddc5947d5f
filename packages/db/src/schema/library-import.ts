import { integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { libraryItem } from "./library-item.ts";
import { micropdSession } from "./micropd-session.ts";
import { person } from "./person.ts";
import { program } from "./program.ts";
import { stage } from "./stage.ts";

/**
 * A copy a district made from a library package: where it came from (the library item, or a
 * file from another installation), which version, and under which license and attribution.
 * The copy is a stage (`stage_id`), a program (`program_id`), a session (its one
 * `library_import_session` row, in the stage `stage_id`) or a micro-credential (`credential_id`).
 */
export const libraryImport = pgTable(
  "library_import",
  {
    ...tenantColumns(),
    kind: text().notNull().default("stage"),
    stageId: uuid(),
    programId: uuid(),
    credentialId: uuid(),
    /**
     * A credential's definition as the import (or last update) wrote it: one that differs now
     * was adapted, and an update keeps it.
     */
    credentialAtImport: jsonb().$type<Record<string, unknown>>(),
    /** Null for a package imported from a file. */
    itemId: uuid().references(() => libraryItem.id, { onDelete: "set null" }),
    version: integer().notNull(),
    sourceTitle: text().notNull(),
    sourceDistrictName: text().notNull(),
    license: text().notNull(),
    attribution: text().notNull(),
    importedById: uuid(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("library_import_stage", t.districtId, t.stageId, stage),
    ...tenantChildOf("library_import_program", t.districtId, t.programId, program),
    ...tenantChildOf("library_import_credential", t.districtId, t.credentialId, credential),
    tenantReference("library_import_imported_by_fk", t.districtId, t.importedById, person),
    tenantIndex("library_import_item_idx", t.districtId, t.itemId),
  ],
);

/**
 * Which session of the copy came from which session of the package (its `key`), and the
 * session's revision at import or last update: a session saved since then was adapted, and an
 * update keeps it.
 */
export const libraryImportSession = pgTable(
  "library_import_session",
  {
    ...tenantColumns(),
    importId: uuid().notNull(),
    sessionId: uuid().notNull(),
    sourceKey: uuid().notNull(),
    revisionAtImport: integer().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("library_import_session_import", t.districtId, t.importId, libraryImport),
    ...tenantChildOf("library_import_session_session", t.districtId, t.sessionId, micropdSession),
  ],
);
