import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/**
 * A district's Ed25519 signing key for its badges. The private key is stored encrypted with the
 * server's secret; a rotated key keeps its row (`retired_at`) so its public key stays in the
 * district's DID document and badges signed with it still verify.
 */
export const issuerKey = pgTable(
  "issuer_key",
  {
    ...tenantColumns(),
    /** The Multikey public key, e.g. `z6Mk…`. */
    publicKeyMultibase: text().notNull(),
    /** The secret key, encrypted (AES-256-GCM, key derived from the server secret). */
    encryptedSecretKey: text().notNull(),
    retiredAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [tenantPrimaryKey(t)],
);
