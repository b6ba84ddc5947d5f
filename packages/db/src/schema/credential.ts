import { pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { program } from "./program.ts";

/**
 * A micro-credential: the identity that stays the same across its versions. What it asks and
 * how it is judged live on `credential_version`; the newest published version is the current one.
 */
export const credential = pgTable(
  "credential",
  {
    ...tenantColumns(),
    /** Retired credentials take no new submissions; earned badges stay valid. */
    archivedAt: timestamp({ withTimezone: true }),
    /**
     * The program this credential belongs to; null: the district's own, open across all its
     * programs. Programs are archived, never deleted, so a plain reference is enough.
     */
    programId: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("credential_program_fk", t.districtId, t.programId, program),
    tenantIndex("credential_program_idx", t.districtId, t.programId),
  ],
);
