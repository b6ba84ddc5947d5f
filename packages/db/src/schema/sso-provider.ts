import { index, type PgColumnBuilderBase, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./user.ts";

/**
 * Better Auth SSO plugin table: one identity provider (OIDC or SAML). Global, because sign-in
 * finds the provider by email domain before any district is known; `organization_id` holds the
 * district's id (the plugin's own column for the owning organisation), which is why this table
 * has no `district_id` and no row-level security. Secrets inside `oidc_config` are stored
 * encrypted (see packages/api/src/sso).
 */
/**
 * The table with its `oidc_config` column given: plain text here, and in the API a column that
 * seals the client secret on the way in (the SSO plugin's own view of the same table).
 */
export function ssoProviderTable<OidcConfig extends PgColumnBuilderBase>(oidcConfig: OidcConfig) {
  return pgTable(
    "sso_provider",
    {
      id: text().primaryKey(),
      issuer: text().notNull(),
      oidcConfig,
      samlConfig: text(),
      userId: text().references(() => user.id, { onDelete: "set null" }),
      providerId: text().notNull().unique(),
      organizationId: text(),
      /** The email domains this provider signs in, comma-separated as the plugin keeps them. */
      domain: text().notNull(),
      createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
      updatedAt: timestamp({ withTimezone: true })
        .notNull()
        .defaultNow()
        .$onUpdate(() => new Date()),
    },
    (t) => [index("sso_provider_organization_idx").on(t.organizationId)],
  );
}

export const ssoProvider = ssoProviderTable(text());
