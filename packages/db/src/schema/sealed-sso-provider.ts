import { customType } from "drizzle-orm/pg-core";
import { ssoProviderTable } from "./sso-provider.ts";

/** How `oidc_config` is turned on its way to the disk and back: the API seals the secret. */
interface OidcConfigCodec {
  seal(text: string): string;
  open(text: string): string;
}

/**
 * The `sso_provider` table as Better Auth's adapter sees it: the same columns as `ssoProvider`,
 * except that `oidc_config` passes through `codec.seal` on the way in and `codec.open` on the way
 * out. Only the SSO plugin reads through this table, so the opened secret exists only in the
 * server process, for the token exchange; the row on disk, and every other reader, holds the
 * sealed form. The sealing itself lives in packages/api/src/sso, beside the server's secret.
 */
export function sealedSsoProviderTable(codec: OidcConfigCodec) {
  const sealedOidcConfig = customType<{ data: string; driverData: string }>({
    dataType: () => "text",
    toDriver: (value) => codec.seal(value),
    fromDriver: (value) => codec.open(value),
  });
  return ssoProviderTable(sealedOidcConfig());
}
