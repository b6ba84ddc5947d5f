import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  credential,
  credentialReview,
  credentialSubmission,
  credentialVersion,
  program,
  stage,
} from "../../schema/index.ts";
import { credentialOfVersion, stageOfVersion, tenantJoin } from "../sql/same-district-joins.ts";

/*
 * What a teacher reads while earning micro-credentials: the definitions open to them (each at
 * its current version, the newest), and their own attempts with the reviews that decided them.
 */

const versionColumns = {
  versionId: credentialVersion.id,
  credentialId: credentialVersion.credentialId,
  version: credentialVersion.version,
  name: credentialVersion.name,
  competency: credentialVersion.competency,
  keyMethod: credentialVersion.keyMethod,
  criteriaNarrative: credentialVersion.criteriaNarrative,
  requirements: credentialVersion.requirements,
  rubric: credentialVersion.rubric,
  passingRule: credentialVersion.passingRule,
  pdMinutes: credentialVersion.pdMinutes,
  validityMonths: credentialVersion.validityMonths,
  stageId: stage.id,
  stageTitle: stage.title,
  stagePosition: stage.position,
  /** Null: the district's own credential, open across all its programs. */
  programId: credential.programId,
  programTitle: program.title,
  programPosition: program.position,
};

/** The definitions with their stage and program; `extra` adds columns only one caller needs. */
function versionsQuery<Extra extends Record<string, SQL.Aliased | SQL> = Record<never, never>>(
  tx: Transaction,
  extra: Extra = {} as Extra,
) {
  return tx
    .select({ ...versionColumns, ...extra })
    .from(credentialVersion)
    .innerJoin(credential, credentialOfVersion)
    .leftJoin(stage, stageOfVersion)
    .leftJoin(program, tenantJoin(program, credential, credential.programId));
}

/** How many programs the district runs (not archived): the list groups by program above one. */
const openProgramCount =
  sql<number>`(select count(*) from program p where p.archived_at is null)`.mapWith(Number);

export type CredentialVersionRow = Omit<
  Awaited<ReturnType<typeof listOpenCredentials>>[number],
  "openProgramCount"
>;

/** Every credential not archived, at its newest version, in stage order then name. */
export async function listOpenCredentials(tx: Transaction) {
  const rows = await versionsQuery(tx, { openProgramCount })
    .where(isNull(credential.archivedAt))
    .orderBy(asc(credentialVersion.credentialId), desc(credentialVersion.version));
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!newest.has(row.credentialId)) newest.set(row.credentialId, row);
  return [...newest.values()].sort(
    (a, b) =>
      (a.stagePosition ?? Number.MAX_SAFE_INTEGER) - (b.stagePosition ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name),
  );
}

/** A credential's newest version and whether it is archived; null when there is none. */
export async function findCurrentVersion(tx: Transaction, params: { credentialId: string }) {
  const [row] = await versionsQuery(tx)
    .where(eq(credentialVersion.credentialId, params.credentialId))
    .orderBy(desc(credentialVersion.version))
    .limit(1);
  if (!row) return null;
  const [identity] = await tx
    .select({ archivedAt: credential.archivedAt })
    .from(credential)
    .where(eq(credential.id, params.credentialId));
  return { ...row, archived: identity?.archivedAt != null };
}

/** One version by id (a submission is always shown against the version it started on). */
export async function findVersion(tx: Transaction, params: { versionId: string }) {
  const [row] = await versionsQuery(tx).where(eq(credentialVersion.id, params.versionId));
  return row ?? null;
}

const submissionColumns = {
  id: credentialSubmission.id,
  credentialId: credentialSubmission.credentialId,
  versionId: credentialSubmission.versionId,
  personId: credentialSubmission.personId,
  attempt: credentialSubmission.attempt,
  status: credentialSubmission.status,
  createdAt: credentialSubmission.createdAt,
  submittedAt: credentialSubmission.submittedAt,
  decidedAt: credentialSubmission.decidedAt,
};

/** A person's attempts, newest first; for some credentials or all. */
export async function listMyAttempts(
  tx: Transaction,
  params: { personId: string; credentialIds?: string[] },
) {
  const conditions = [eq(credentialSubmission.personId, params.personId)];
  if (params.credentialIds) {
    if (params.credentialIds.length === 0) return [];
    conditions.push(inArray(credentialSubmission.credentialId, params.credentialIds));
  }
  return tx
    .select(submissionColumns)
    .from(credentialSubmission)
    .where(and(...conditions))
    .orderBy(desc(credentialSubmission.attempt));
}

export type AttemptRow = Awaited<ReturnType<typeof listMyAttempts>>[number];

export async function findSubmission(tx: Transaction, params: { submissionId: string }) {
  const [row] = await tx
    .select(submissionColumns)
    .from(credentialSubmission)
    .where(eq(credentialSubmission.id, params.submissionId));
  return row ?? null;
}

/** The finished reviews of a submission, lead decisions first: the teacher's feedback. */
export async function listFinishedReviews(tx: Transaction, params: { submissionId: string }) {
  const rows = await tx
    .select({
      id: credentialReview.id,
      kind: credentialReview.kind,
      scores: credentialReview.scores,
      feedback: credentialReview.feedback,
      summary: credentialReview.summary,
      outcome: credentialReview.outcome,
      submittedAt: credentialReview.submittedAt,
    })
    .from(credentialReview)
    .where(eq(credentialReview.submissionId, params.submissionId))
    .orderBy(asc(credentialReview.submittedAt));
  const finished = rows.flatMap((row) =>
    row.submittedAt && row.outcome
      ? [{ ...row, submittedAt: row.submittedAt, outcome: row.outcome }]
      : [],
  );
  return finished.sort(
    (a, b) => Number(b.kind === "lead_decision") - Number(a.kind === "lead_decision"),
  );
}

/** Starts attempt `attempt` as a draft. */
export async function insertSubmission(
  tx: Transaction,
  params: {
    districtId: string;
    credentialId: string;
    versionId: string;
    personId: string;
    attempt: number;
  },
): Promise<string> {
  const [row] = await tx
    .insert(credentialSubmission)
    .values({ ...params, status: "draft" })
    .returning({ id: credentialSubmission.id });
  if (!row) throw new Error("The submission was not written.");
  return row.id;
}

/** Hands a draft in for review. */
export async function markSubmitted(
  tx: Transaction,
  params: { submissionId: string; now: Date },
): Promise<void> {
  await tx
    .update(credentialSubmission)
    .set({ status: "submitted", submittedAt: params.now, updatedAt: params.now })
    .where(
      and(
        eq(credentialSubmission.id, params.submissionId),
        eq(credentialSubmission.status, "draft"),
      ),
    );
}
