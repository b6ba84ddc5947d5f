import { pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/**
 * A person's private calendar feed (iCalendar) of their meetings and workshops. Calendar apps
 * fetch it without signing in, so the URL carries a secret token; only its SHA-256 hash is
 * stored. Revoking sets `revoked_at`; a person has at most one live feed.
 */
export const calendarFeed = pgTable(
  "calendar_feed",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    tokenHash: text().notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("calendar_feed_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    unique("calendar_feed_token_key").on(t.districtId, t.tokenHash),
    tenantIndex("calendar_feed_person_idx", t.districtId, t.personId),
  ],
);
