import { pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
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
    ...tenantChildOf("calendar_feed_person", t.districtId, t.personId, person),
    unique("calendar_feed_token_key").on(t.districtId, t.tokenHash),
  ],
);
