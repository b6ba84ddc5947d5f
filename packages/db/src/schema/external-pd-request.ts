import { externalPdKindSchema, externalPdStatusSchema } from "@throughline/domain/external-pd";
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/** The database enum `name` of a domain list (pgEnum wants a non-empty tuple; zod gives an array). */
function enumOfOptions<T extends string>(name: string, options: readonly T[]) {
  const [first, ...rest] = options;
  if (first === undefined) throw new Error("A database enum needs at least one value.");
  const values: [T, ...T[]] = [first, ...rest];
  return pgEnum(name, values);
}

/** What kind of learning it was (the domain's list, so the two cannot drift apart). */
export const externalPdKindEnum = enumOfOptions("external_pd_kind", externalPdKindSchema.options);
export const externalPdStatusEnum = enumOfOptions(
  "external_pd_status",
  externalPdStatusSchema.options,
);

/**
 * A teacher's request for credit for PD taken elsewhere (a conference, an IB workshop, a
 * university course). Approved, its hours join the teacher's transcript as external. The
 * certificate is a file of its own (`external_pd_certificate`). The reviewer is a principal of
 * the teacher's school or a district PD admin; the reason is kept while the request is returned.
 */
export const externalPdRequest = pgTable(
  "external_pd_request",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    title: text().notNull(),
    provider: text().notNull(),
    kind: externalPdKindEnum().notNull(),
    startOn: date({ mode: "string" }).notNull(),
    endOn: date({ mode: "string" }).notNull(),
    /** Tenths of an hour at most, so the transcript shows exactly what was approved. */
    hours: numeric({ precision: 5, scale: 1, mode: "number" }).notNull(),
    description: text(),
    status: externalPdStatusEnum().notNull().default("submitted"),
    /** When it was last sent for review (first submitted, or resubmitted after a return). */
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid(),
    reviewedAt: timestamp({ withTimezone: true }),
    returnReason: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("external_pd_request_person", t.districtId, t.personId, person),
    tenantReference("external_pd_request_reviewer_fk", t.districtId, t.reviewedBy, person),
    index("external_pd_request_status_idx").on(t.districtId, t.status, t.submittedAt),
    check("external_pd_request_hours_check", sql`${t.hours} > 0 and ${t.hours} <= 200`),
    check("external_pd_request_dates_check", sql`${t.endOn} >= ${t.startOn}`),
  ],
);
