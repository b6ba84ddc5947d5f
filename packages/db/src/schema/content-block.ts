import { integer, jsonb, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { contentBlockKindEnum } from "./enums.ts";
import { micropdSession } from "./micropd-session.ts";

/** One ordered piece of a MicroPD session; the body's shape depends on the kind. */
export const contentBlock = pgTable(
  "content_block",
  {
    ...tenantColumns(),
    sessionId: uuid().notNull(),
    position: integer().notNull(),
    kind: contentBlockKindEnum().notNull(),
    body: jsonb().$type<Record<string, unknown>>().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("content_block_session_fk", t.districtId, t.sessionId, micropdSession).onDelete(
      "cascade",
    ),
    unique("content_block_session_position_key").on(t.districtId, t.sessionId, t.position),
  ],
);
