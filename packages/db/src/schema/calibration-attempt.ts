import type { CriterionScores } from "@throughline/domain/credential";
import { boolean, integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { credentialVersion } from "./credential-version.ts";
import { person } from "./person.ts";

/** One attempt at a credential's calibration set: the candidate's scores and the result. */
export const calibrationAttempt = pgTable(
  "calibration_attempt",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    credentialId: uuid().notNull(),
    versionId: uuid().notNull(),
    /** Sample id → criterion scores. */
    answers: jsonb().$type<Record<string, CriterionScores>>().notNull(),
    agreed: integer().notNull(),
    total: integer().notNull(),
    passed: boolean().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("calibration_attempt_person", t.districtId, t.personId, person),
    tenantReference("calibration_attempt_credential_fk", t.districtId, t.credentialId, credential),
    tenantReference("calibration_attempt_version_fk", t.districtId, t.versionId, credentialVersion),
    tenantIndex("calibration_attempt_credential_idx", t.districtId, t.credentialId),
    tenantIndex("calibration_attempt_version_idx", t.districtId, t.versionId),
  ],
);
