import type { AuditFields, AuditValue } from "@throughline/domain/audit";
import { asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { credentialLeadReviewer, indicator, person, stage } from "../../schema/index.ts";
import { personOfLeadReviewer } from "../sql/same-district-joins.ts";
import { loadCredentialDetail } from "./credential-admin.ts";

/*
 * A micro-credential as the audit log compares it before and after a change: its current
 * definition in words people read (the stage's title and the indicators' codes, not ids), and
 * its lead reviewers by name.
 */

/** Stored JSON (requirements, rubric, passing rule) as the log keeps it: plain JSON values. */
function asAuditValue(value: unknown): AuditValue {
  return JSON.parse(JSON.stringify(value ?? null)) as AuditValue;
}

/** The definition's fields; null when there is no such credential in the district. */
export async function credentialSnapshot(
  tx: Transaction,
  params: { credentialId: string },
): Promise<AuditFields | null> {
  const detail = await loadCredentialDetail(tx, params.credentialId);
  if (!detail) return null;
  const { version } = detail;
  const [stageRow] = version.stageId
    ? await tx.select({ title: stage.title }).from(stage).where(eq(stage.id, version.stageId))
    : [];
  const indicators =
    detail.indicatorIds.length === 0
      ? []
      : await tx
          .select({ code: indicator.code })
          .from(indicator)
          .where(inArray(indicator.id, detail.indicatorIds))
          .orderBy(asc(indicator.code));
  return {
    name: version.name,
    version: version.version,
    archived: detail.archivedAt !== null,
    competency: version.competency,
    keyMethod: version.keyMethod,
    criteriaNarrative: version.criteriaNarrative,
    stage: stageRow?.title ?? null,
    indicators: indicators.map((row) => row.code),
    requirements: asAuditValue(version.requirements),
    rubric: asAuditValue(version.rubric),
    passingRule: asAuditValue(version.passingRule),
    pdHours: version.pdMinutes / 60,
    validityMonths: version.validityMonths,
    // The file's name is enough to tell one image from another; the key stays out of the log.
    image: version.imageStorageKey ? (version.imageStorageKey.split("/").at(-1) ?? null) : null,
  };
}

/** The credential's lead reviewers by name, sorted, so the same leads always compare equal. */
export async function leadReviewerNames(
  tx: Transaction,
  params: { credentialId: string },
): Promise<string[]> {
  const rows = await tx
    .select({ name: person.displayName })
    .from(credentialLeadReviewer)
    .innerJoin(person, personOfLeadReviewer)
    .where(eq(credentialLeadReviewer.credentialId, params.credentialId))
    .orderBy(asc(person.displayName));
  return rows.map((row) => row.name);
}
