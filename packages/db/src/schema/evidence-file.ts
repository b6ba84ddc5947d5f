import { pgTable, uuid } from "drizzle-orm/pg-core";
import { actionStep } from "./action-step.ts";
import {
  storedFileColumns,
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/**
 * A file uploaded as evidence for an action step. The bytes live in file storage (the data
 * folder in the embedded mode) under `storage_key`; this row says who may read them.
 */
export const evidenceFile = pgTable(
  "evidence_file",
  {
    ...tenantColumns(),
    stepId: uuid().notNull(),
    ...storedFileColumns(),
    uploadedBy: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("evidence_file_step", t.districtId, t.stepId, actionStep),
    tenantReference("evidence_file_uploader_fk", t.districtId, t.uploadedBy, person),
  ],
);
