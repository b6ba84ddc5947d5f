import { ssoProviderTable } from "@throughline/db/schema";
import { customType } from "drizzle-orm/pg-core";
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
  return ssoProviderTable(sealedOidcConfig());
}
