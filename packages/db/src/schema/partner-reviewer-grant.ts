import { index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { district } from "./district.ts";
import { partnerReviewerOffer } from "./district-partnership.ts";
import { person } from "./person.ts";

/**
 * A partner district's certified reviewer, accepted to review one of this district's
 * credentials: the reviewer's person here, the credential, and where the certification comes
 * from. It counts like a certification of this district while it is unexpired, unrevoked, its
 * offer is not withdrawn and the partnership has not ended; the reviewer always reviews blind.
 */
export const partnerReviewerGrant = pgTable(
  "partner_reviewer_grant",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    credentialId: uuid().notNull(),
    offerId: uuid()
      .notNull()
      .references(() => partnerReviewerOffer.id, { onDelete: "cascade" }),
    sourceDistrictId: uuid()
      .notNull()
      .references(() => district.id),
    sourceCertificationId: uuid().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedById: uuid(),
    revokedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("partner_reviewer_grant_person", t.districtId, t.personId, person),
    ...tenantChildOf("partner_reviewer_grant_credential", t.districtId, t.credentialId, credential),
    tenantReference("partner_reviewer_grant_accepted_by_fk", t.districtId, t.acceptedById, person),
    tenantIndex("partner_reviewer_grant_accepted_by_idx", t.districtId, t.acceptedById),
    index("partner_reviewer_grant_offer_idx").on(t.offerId),
    index("partner_reviewer_grant_source_idx").on(t.sourceDistrictId),
  ],
);
