import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { actionStep, evidenceFile } from "../../schema/index.ts";
import { type StoredFile, storedFileFields } from "../shared/stored-file.ts";
import { stepOfEvidenceFile } from "../sql/same-district-joins.ts";
import { quoteStep, recordPlanEvent } from "./plan-history.ts";

/** An evidence file with the step and plan it belongs to; null when there is none. */
export async function findEvidenceFile(tx: Transaction, params: { fileId: string }) {
  const [row] = await tx
    .select({
      id: evidenceFile.id,
      ...storedFileFields(evidenceFile),
      stepId: actionStep.id,
      stepDescription: actionStep.description,
      planId: actionStep.planId,
    })
    .from(evidenceFile)
    .innerJoin(actionStep, stepOfEvidenceFile)
    .where(eq(evidenceFile.id, params.fileId))
    .limit(1);
  return row ?? null;
}

/** Records an uploaded file (already in storage under `storageKey`) on a step, with a history entry. */
export async function addEvidenceFile(
  tx: Transaction,
  params: {
    districtId: string;
    actorId: string;
    planId: string;
    step: { id: string; description: string };
  } & StoredFile,
): Promise<string> {
  const [created] = await tx
    .insert(evidenceFile)
    .values({
      districtId: params.districtId,
      stepId: params.step.id,
      fileName: params.fileName,
      contentType: params.contentType,
      sizeBytes: params.sizeBytes,
      storageKey: params.storageKey,
      uploadedBy: params.actorId,
    })
    .returning({ id: evidenceFile.id });
  if (!created) throw new Error("The file was not recorded.");
  await recordPlanEvent(tx, {
    districtId: params.districtId,
    planId: params.planId,
    actorId: params.actorId,
    kind: "evidence_added",
    summary: `Added the file ${params.fileName} to ${quoteStep(params.step.description)}`,
    detail: { stepId: params.step.id, fileId: created.id },
  });
  return created.id;
}

/** Removes a file's record, with a history entry; the caller deletes the bytes after commit. */
export async function removeEvidenceFile(
  tx: Transaction,
  params: {
    districtId: string;
    actorId: string;
    file: { id: string; fileName: string; planId: string; stepId: string; stepDescription: string };
  },
): Promise<void> {
  await tx.delete(evidenceFile).where(eq(evidenceFile.id, params.file.id));
  await recordPlanEvent(tx, {
    districtId: params.districtId,
    planId: params.file.planId,
    actorId: params.actorId,
    kind: "evidence_removed",
    summary: `Removed the file ${params.file.fileName} from ${quoteStep(params.file.stepDescription)}`,
    detail: { stepId: params.file.stepId, fileId: params.file.id },
  });
}
