import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { emailModeEnum, notificationKindEnum } from "./enums.ts";
import { person } from "./person.ts";

/** A person's email choice for one kind; without a row the kind's default applies. */
export const notificationPreference = pgTable(
  "notification_preference",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    kind: notificationKindEnum().notNull(),
    emailMode: emailModeEnum().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("notification_preference_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    unique("notification_preference_person_kind_key").on(t.districtId, t.personId, t.kind),
  ],
);
