import { pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/**
 * A one-time link for a person to set their password. The link carries a random token; only its
 * SHA-256 hash is stored, so a database copy cannot be used to sign in. An invite works until
 * `expires_at`, once: accepting sets `used_at`, and a newer invite for the person revokes older
 * open ones (`revoked_at`).
 */
export const personInvite = pgTable(
  "person_invite",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdById: uuid().notNull(),
    /** When the invitation went out by email (null: a link shown once to the admin). */
    emailedAt: timestamp({ withTimezone: true }),
    /** When the last reminder went out to someone who had not accepted yet. */
    remindedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("person_invite_person", t.districtId, t.personId, person),
    tenantReference("person_invite_created_by_fk", t.districtId, t.createdById, person),
    unique("person_invite_token_key").on(t.districtId, t.tokenHash),
    tenantIndex("person_invite_created_by_idx", t.districtId, t.createdById),
  ],
);
