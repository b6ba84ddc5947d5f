import type { EvidenceRequirement, PassingRule, Rubric } from "@throughline/domain/credential";
import { integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credential } from "./credential.ts";
import { person } from "./person.ts";
import { stage } from "./stage.ts";

/**
 * One version of a micro-credential's definition, never edited once a submission started on
 * it (a change makes the next version). Requirements, rubric and passing rule are stored whole
 * in the domain's shapes so a submission is always judged against exactly what it started on.
 */
export const credentialVersion = pgTable(
  "credential_version",
  {
    ...tenantColumns(),
    credentialId: uuid().notNull(),
    version: integer().notNull(),
    name: text().notNull(),
    /** What the earner can do: the competency statement. */
    competency: text().notNull(),
    /** The key method of the framework the credential certifies. */
    keyMethod: text().notNull(),
    /** The narrative of what earning it takes (the badge's criteria). */
    criteriaNarrative: text().notNull(),
    stageId: uuid(),
    requirements: jsonb().$type<EvidenceRequirement[]>().notNull(),
    rubric: jsonb().$type<Rubric>().notNull(),
    passingRule: jsonb().$type<PassingRule>().notNull(),
    /** PD minutes credited to the transcript when earned. */
    pdMinutes: integer().notNull(),
    /** Months the badge stays valid after it is awarded; null: no end. */
    validityMonths: integer(),
    /** The badge image in file storage; null: the generated image. */
    imageStorageKey: text(),
    imageContentType: text(),
    createdById: uuid(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "credential_version_credential_fk",
      t.districtId,
      t.credentialId,
      credential,
    ).onDelete("cascade"),
    tenantReference("credential_version_stage_fk", t.districtId, t.stageId, stage),
    tenantReference("credential_version_created_by_fk", t.districtId, t.createdById, person),
    unique("credential_version_number_key").on(t.districtId, t.credentialId, t.version),
    tenantIndex("credential_version_stage_idx", t.districtId, t.stageId),
    tenantIndex("credential_version_created_by_idx", t.districtId, t.createdById),
  ],
);
