import { pgTable, timestamp } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

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
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t)],
);
