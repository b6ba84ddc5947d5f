import { bigint, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/**
 * A district's classroom-video settings; a district without a row uses the defaults of
 * `@throughline/domain/video` (2 GB, kept a year, the default consent rule).
 */
export const videoSetting = pgTable(
  "video_setting",
  {
    ...tenantColumns(),
    maxBytes: bigint({ mode: "number" }).notNull(),
    /** Days a video is kept from its upload; null keeps it until its teacher deletes it. */
    retentionDays: integer(),
    consentRule: text().notNull(),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t), unique("video_setting_district_key").on(t.districtId)],
);
