import type { EvidenceSource } from "@throughline/domain/enums";
import { and, asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  credentialSubmission,
  evidenceFile,
  stage,
  submissionEvidence,
} from "../../schema/index.ts";
import { storedFileFields } from "../shared/stored-file.ts";
import { nextPosition } from "../sql/next-position.ts";
import {
  fileOfSubmissionEvidence,
  planOfStep,
  stageOfPlan,
  stepOfEvidenceFile,
  tenantJoin,
} from "../sql/same-district-joins.ts";

/*
 * The evidence of a micro-credential submission: items per requirement, in order. A plan file
 * is referenced, never copied, so its name and size are read from the plan's file row.
 */

/** A submission's items in requirement order, with each plan file's name and size. */
export async function listSubmissionEvidence(tx: Transaction, params: { submissionId: string }) {
  const rows = await tx
    .select({
      id: submissionEvidence.id,
      requirementKey: submissionEvidence.requirementKey,
      position: submissionEvidence.position,
      source: submissionEvidence.source,
      evidenceFileId: submissionEvidence.evidenceFileId,
      uploadName: submissionEvidence.fileName,
      uploadSize: submissionEvidence.sizeBytes,
      planFileName: evidenceFile.fileName,
      planFileSize: evidenceFile.sizeBytes,
      url: submissionEvidence.url,
      text: submissionEvidence.text,
      annotation: submissionEvidence.annotation,
    })
    .from(submissionEvidence)
    .leftJoin(evidenceFile, fileOfSubmissionEvidence)
    .where(eq(submissionEvidence.submissionId, params.submissionId))
    .orderBy(asc(submissionEvidence.position), asc(submissionEvidence.createdAt));
  return rows.map(({ uploadName, uploadSize, planFileName, planFileSize, ...row }) => ({
    ...row,
    fileName: uploadName ?? planFileName,
    sizeBytes: uploadSize ?? planFileSize,
  }));
}

export type SubmissionEvidenceRow = Awaited<ReturnType<typeof listSubmissionEvidence>>[number];

/** The files on a person's own action plans, newest first, to choose evidence from. */
export async function listMyPlanFiles(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      id: evidenceFile.id,
      fileName: evidenceFile.fileName,
      sizeBytes: evidenceFile.sizeBytes,
      stepDescription: actionStep.description,
      stageTitle: stage.title,
    })
    .from(evidenceFile)
    .innerJoin(actionStep, stepOfEvidenceFile)
    .innerJoin(actionPlan, planOfStep)
    .innerJoin(stage, stageOfPlan)
    .where(eq(actionPlan.personId, params.personId))
    .orderBy(asc(stage.position), asc(evidenceFile.createdAt));
}

/** A plan file with whose plan it is on; null when there is no such file. */
export async function findPlanFileOwner(tx: Transaction, params: { fileId: string }) {
  const [row] = await tx
    .select({
      id: evidenceFile.id,
      ownerId: actionPlan.personId,
      ...storedFileFields(evidenceFile),
    })
    .from(evidenceFile)
    .innerJoin(actionStep, stepOfEvidenceFile)
    .innerJoin(actionPlan, planOfStep)
    .where(eq(evidenceFile.id, params.fileId));
  return row ?? null;
}

/** One item with its submission's owner and status: what every change must check first. */
export async function findEvidenceItem(tx: Transaction, params: { itemId: string }) {
  const [row] = await tx
    .select({
      id: submissionEvidence.id,
      submissionId: submissionEvidence.submissionId,
      requirementKey: submissionEvidence.requirementKey,
      position: submissionEvidence.position,
      source: submissionEvidence.source,
      evidenceFileId: submissionEvidence.evidenceFileId,
      fileName: submissionEvidence.fileName,
      contentType: submissionEvidence.contentType,
      sizeBytes: submissionEvidence.sizeBytes,
      storageKey: submissionEvidence.storageKey,
      ownerId: credentialSubmission.personId,
      status: credentialSubmission.status,
    })
    .from(submissionEvidence)
    .innerJoin(
      credentialSubmission,
      tenantJoin(credentialSubmission, submissionEvidence, submissionEvidence.submissionId),
    )
    .where(eq(submissionEvidence.id, params.itemId));
  return row ?? null;
}

export interface NewEvidence {
  districtId: string;
  submissionId: string;
  requirementKey: string;
  source: EvidenceSource;
  evidenceFileId?: string | null;
  fileName?: string | null;
  contentType?: string | null;
  sizeBytes?: number | null;
  storageKey?: string | null;
  url?: string | null;
  text?: string;
  annotation?: string;
}

/** Adds an item after the requirement's last one. */
export async function insertEvidence(tx: Transaction, item: NewEvidence): Promise<string> {
  // Positions of a requirement's items start at 0.
  const position = nextPosition(
    submissionEvidence.position,
    and(
      eq(submissionEvidence.submissionId, item.submissionId),
      eq(submissionEvidence.requirementKey, item.requirementKey),
    ),
    0,
  );
  const [row] = await tx
    .insert(submissionEvidence)
    .values({ ...item, position })
    .returning({ id: submissionEvidence.id });
  if (!row) throw new Error("The evidence was not written.");
  return row.id;
}

export async function updateEvidence(
  tx: Transaction,
  params: { itemId: string; annotation?: string; text?: string; url?: string },
): Promise<void> {
  const { itemId, ...changes } = params;
  if (Object.keys(changes).length === 0) return;
  await tx.update(submissionEvidence).set(changes).where(eq(submissionEvidence.id, itemId));
}

export async function deleteEvidenceItem(tx: Transaction, params: { itemId: string }) {
  await tx.delete(submissionEvidence).where(eq(submissionEvidence.id, params.itemId));
}

/** Moves an item one place up or down within its requirement (a no-op at either end). */
export async function moveEvidenceItem(
  tx: Transaction,
  params: { itemId: string; direction: "up" | "down" },
): Promise<void> {
  const item = await findEvidenceItem(tx, params);
  if (!item) return;
  const siblings = (await listSubmissionEvidence(tx, { submissionId: item.submissionId })).filter(
    (row) => row.requirementKey === item.requirementKey,
  );
  const index = siblings.findIndex((row) => row.id === item.id);
  const target = index + (params.direction === "up" ? -1 : 1);
  const order = siblings.map((row) => row.id);
  const [moved] = order.splice(index, 1);
  if (!moved || target < 0 || target >= siblings.length) return;
  order.splice(target, 0, moved);
  // Renumbering the whole requirement also mends positions that were equal.
  for (const [position, id] of order.entries()) {
    await tx.update(submissionEvidence).set({ position }).where(eq(submissionEvidence.id, id));
  }
}

/**
 * Copies every item of one attempt into the next. Files are referenced (the same plan file or
 * the same stored upload), not uploaded again, so the teacher changes only what feedback asks.
 */
export async function copyEvidence(
  tx: Transaction,
  params: { districtId: string; fromSubmissionId: string; toSubmissionId: string },
): Promise<void> {
  const rows = await tx
    .select()
    .from(submissionEvidence)
    .where(eq(submissionEvidence.submissionId, params.fromSubmissionId));
  if (rows.length === 0) return;
  await tx.insert(submissionEvidence).values(
    rows.map((row) => ({
      districtId: params.districtId,
      submissionId: params.toSubmissionId,
      requirementKey: row.requirementKey,
      position: row.position,
      source: row.source,
      evidenceFileId: row.evidenceFileId,
      fileName: row.fileName,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
      storageKey: row.storageKey,
      url: row.url,
      text: row.text,
      annotation: row.annotation,
    })),
  );
}
