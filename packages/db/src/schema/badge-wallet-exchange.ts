import { pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { awardedBadge } from "./awarded-badge.ts";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";

/**
 * A one-time offer of a badge to a digital wallet (a VC-API exchange). The earner's badge page
 * makes one; the wallet opens its link, proves its DID, and receives the badge issued to that DID.
 * Only a hash of the link's token is kept, so a database reader cannot claim the badge; an
 * exchange is used once (`completed_at`) and expires within minutes.
 */
export const badgeWalletExchange = pgTable(
  "badge_wallet_exchange",
  {
    ...tenantColumns(),
    badgeId: uuid().notNull(),
    /** SHA-256 (hex) of the token in the exchange's address. */
    tokenHash: text().notNull(),
    /** The nonce the wallet's presentation must sign, so an old presentation cannot be replayed. */
    challenge: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** The DID the wallet proved, once the badge was handed over. */
    holderDid: text(),
    completedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("badge_wallet_exchange_badge", t.districtId, t.badgeId, awardedBadge),
    unique("badge_wallet_exchange_token_key").on(t.districtId, t.tokenHash),
  ],
);
