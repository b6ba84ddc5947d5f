import { integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credentialSubmission } from "./credential-submission.ts";
import { evidenceSourceEnum } from "./enums.ts";
import { evidenceFile } from "./evidence-file.ts";

/**
 * One piece of evidence for one requirement of a submission: a file from the teacher's
 * action-plan evidence (`evidence_file_id`), a new upload (its own storage key), a link, or
 * written text; with the annotation the requirement asks for.
 */
export const submissionEvidence = pgTable(
  "submission_evidence",
  {
    ...tenantColumns(),
    submissionId: uuid().notNull(),
    requirementKey: text().notNull(),
    position: integer().notNull().default(0),
    source: evidenceSourceEnum().notNull(),
    evidenceFileId: uuid(),
    fileName: text(),
    contentType: text(),
    sizeBytes: integer(),
    storageKey: text(),
    url: text(),
    text: text().notNull().default(""),
    annotation: text().notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf(
      "submission_evidence_submission",
      t.districtId,
      t.submissionId,
      credentialSubmission,
    ),
    // A plan file that is later deleted leaves the submission's reference dangling, not broken.
    tenantReference("submission_evidence_file_fk", t.districtId, t.evidenceFileId, evidenceFile),
    tenantIndex("submission_evidence_file_idx", t.districtId, t.evidenceFileId),
  ],
);
