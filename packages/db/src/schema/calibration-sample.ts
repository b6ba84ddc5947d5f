import type {
  CalibrationEvidence,
  CriterionFeedback,
  CriterionScores,
} from "@throughline/domain/credential";
import { integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credentialVersion } from "./credential-version.ts";
import { person } from "./person.ts";

/**
 * A piece of work a lead reviewer has already scored, used to calibrate would-be reviewers of
 * the credential: they score it blind and are compared with `reference_scores`.
 */
export const calibrationSample = pgTable(
  "calibration_sample",
  {
    ...tenantColumns(),
    versionId: uuid().notNull(),
    position: integer().notNull().default(0),
    title: text().notNull(),
    evidence: jsonb().$type<CalibrationEvidence>().notNull(),
    referenceScores: jsonb().$type<CriterionScores>().notNull(),
    /** Why the lead scored as they did: shown to a candidate after their attempt. */
    referenceFeedback: jsonb().$type<CriterionFeedback>().notNull().default({}),
    scoredById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("calibration_sample_version", t.districtId, t.versionId, credentialVersion),
    tenantReference("calibration_sample_scored_by_fk", t.districtId, t.scoredById, person),
    tenantIndex("calibration_sample_scored_by_idx", t.districtId, t.scoredById),
  ],
);
