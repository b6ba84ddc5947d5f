import { index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { district } from "./district.ts";

/*
 * Partnerships between districts of one installation. Not tenant tables: two districts read and
 * write each row, so they carry `proposer_district_id` / `partner_district_id` (never
 * `district_id`, which would give them the one-district tenant policy) and their own row
 * security: only the two parties see or change a row (migration partner_reviewers).
 */

/** One district proposed, the other accepted (`accepted_at`); either may end it (`ended_at`). */
export const districtPartnership = pgTable(
  "district_partnership",
  {
    id: uuid().primaryKey().defaultRandom(),
    proposerDistrictId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
    partnerDistrictId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
    /** What the proposer wrote to the partner (why, what for). */
    note: text().notNull().default(""),
    proposedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    endedByDistrictId: uuid().references(() => district.id, { onDelete: "set null" }),
  },
  (t) => [
    index("district_partnership_proposer_idx").on(t.proposerDistrictId),
    index("district_partnership_partner_idx").on(t.partnerDistrictId),
  ],
);

/**
 * A reviewer certified in the offering district, offered to review for the partner: what the
 * offering district chose to share (name, address, the credential and how long the
 * certification lasts), nothing more. The partner accepts it onto one of its own credentials
 * (a `partner_reviewer_grant` in the partner's district); the offering district may withdraw it.
 */
export const partnerReviewerOffer = pgTable(
  "partner_reviewer_offer",
  {
    id: uuid().primaryKey().defaultRandom(),
    partnershipId: uuid()
      .notNull()
      .references(() => districtPartnership.id, { onDelete: "cascade" }),
    offeringDistrictId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
    receivingDistrictId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
    /** The offering district's certification and credential (ids meaningful only there). */
    certificationId: uuid().notNull(),
    credentialId: uuid().notNull(),
    credentialName: text().notNull(),
    reviewerName: text().notNull(),
    reviewerEmail: text().notNull(),
    certifiedUntil: timestamp({ withTimezone: true }).notNull(),
    offeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp({ withTimezone: true }),
    declinedAt: timestamp({ withTimezone: true }),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("partner_reviewer_offer_partnership_idx").on(t.partnershipId),
    index("partner_reviewer_offer_receiving_idx").on(t.receivingDistrictId),
    unique("partner_reviewer_offer_certification_key").on(
      t.partnershipId,
      t.certificationId,
      t.offeredAt,
    ),
  ],
);
