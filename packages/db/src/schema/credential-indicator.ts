import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, tenantReference } from "./columns.ts";
import { credentialVersion } from "./credential-version.ts";
import { indicator } from "./indicator.ts";

/** The framework indicators a credential version aligns to (the badge's alignments). */
export const credentialIndicator = pgTable(
  "credential_indicator",
  {
    ...tenantColumns(),
    versionId: uuid().notNull(),
    indicatorId: uuid().notNull(),
  },
  (t) => [
    tenantPrimaryKey(t),
    unique("credential_indicator_key").on(t.districtId, t.versionId, t.indicatorId),
    tenantReference(
      "credential_indicator_version_fk",
      t.districtId,
      t.versionId,
      credentialVersion,
    ).onDelete("cascade"),
    ...tenantChildOf("credential_indicator_indicator", t.districtId, t.indicatorId, indicator),
  ],
);
