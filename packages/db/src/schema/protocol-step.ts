import { integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { protocol } from "./protocol.ts";

/** One timed step of a protocol, with the prompts the facilitator reads out. */
export const protocolStep = pgTable(
  "protocol_step",
  {
    ...tenantColumns(),
    protocolId: uuid().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    purpose: text().notNull(),
    minutes: integer().notNull(),
    prompts: text().array().notNull().default([]),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("protocol_step_protocol_fk", t.districtId, t.protocolId, protocol).onDelete(
      "cascade",
    ),
    // Also the index for "this protocol's steps in order".
    unique("protocol_step_position_key").on(t.districtId, t.protocolId, t.position),
  ],
);
