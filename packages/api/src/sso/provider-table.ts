import { user } from "@throughline/db/schema";
import { customType, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { openOidcConfigText, sealOidcConfigText } from "./stored-config.ts";

/**
 * The `sso_provider` table as Better Auth's adapter sees it: the same columns as
 * `@throughline/db/schema`'s, except that `oidc_config` seals the client secret on the way in
 * and opens it on the way out. Only the SSO plugin reads through this table, so the opened
 * secret exists only in the server process, for the token exchange; the row on disk, and every
 * other reader, holds the sealed form.
 */
export function sealedSsoProviderTable(serverSecret: string) {
  const sealedOidcConfig = customType<{ data: string; driverData: string }>({
    dataType: () => "text",
    toDriver: (value) => sealOidcConfigText(value, serverSecret),
    fromDriver: (value) => openOidcConfigText(value, serverSecret),
  });
  return pgTable("sso_provider", {
    id: text().primaryKey(),
    issuer: text().notNull(),
    oidcConfig: sealedOidcConfig(),
    samlConfig: text(),
    userId: text().references(() => user.id, { onDelete: "set null" }),
    providerId: text().notNull().unique(),
    organizationId: text(),
    domain: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  });
}
