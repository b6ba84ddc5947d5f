import type { Database } from "@throughline/db/client";
import {
  awardedBadge,
  credentialSubmission,
  credentialVersion,
  district,
  person,
  submissionEvidence,
} from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { and, asc, eq, max } from "drizzle-orm";
import { awardBadge, type BadgeIssuerConfig } from "../credentials/award-badge.ts";

/**
 * For tests: an earned submission of a seeded credential (its first version), with one text
 * item per requirement, awarded and signed exactly as a reviewer's decision awards it.
 */
export async function awardSeededBadge(
  db: Database,
  params: {
    districtSlug: string;
    email: string;
    credentialName: string;
    now: Date;
    issuer: BadgeIssuerConfig;
  },
): Promise<{ badgeId: string; districtId: string }> {
  const [tenant] = await db
    .select({ id: district.id })
    .from(district)
    .where(eq(district.slug, params.districtSlug));
  if (!tenant) throw new Error(`No district ${params.districtSlug}.`);

  return withTenant(db, tenant.id, async (tx) => {
    const [earner] = await tx.select().from(person).where(eq(person.email, params.email));
    const [version] = await tx
      .select()
      .from(credentialVersion)
      .where(eq(credentialVersion.name, params.credentialName))
      .orderBy(asc(credentialVersion.version))
      .limit(1);
    if (!earner || !version) throw new Error("No such person or credential in the seed.");
    const [previous] = await tx
      .select({ attempts: max(credentialSubmission.attempt) })
      .from(credentialSubmission)
      .where(
        and(
          eq(credentialSubmission.personId, earner.id),
          eq(credentialSubmission.versionId, version.id),
        ),
      );
    const [submission] = await tx
      .insert(credentialSubmission)
      .values({
        districtId: tenant.id,
        credentialId: version.credentialId,
        versionId: version.id,
        personId: earner.id,
        attempt: (previous?.attempts ?? 0) + 1,
        status: "earned",
        submittedAt: params.now,
        decidedAt: params.now,
      })
      .returning({ id: credentialSubmission.id });
    if (!submission) throw new Error("The submission was not written.");
    if (version.requirements.length > 0) {
      await tx.insert(submissionEvidence).values(
        version.requirements.map((requirement) => ({
          districtId: tenant.id,
          submissionId: submission.id,
          requirementKey: requirement.key,
          source: "text" as const,
          text: `Evidence for ${requirement.label}.`,
        })),
      );
    }
    const awarded = await awardBadge(
      tx,
      { districtId: tenant.id, submissionId: submission.id, now: params.now },
      params.issuer,
    );
    return { badgeId: awarded.badgeId, districtId: tenant.id };
  });
}

/**
 * For tests of what happens to a badge once awarded (listing, revoking): an earned submission of
 * the credential's first version and its badge row, written straight into the tables as the
 * owner connection, unsigned. `attempt` and `statusIndex` must be unused in the test's database.
 */
export async function insertAwardedBadge(
  db: Database,
  params: {
    districtId: string;
    personId: string;
    credentialId: string;
    attempt: number;
    statusIndex: number;
  },
) {
  const [version] = await db
    .select()
    .from(credentialVersion)
    .where(eq(credentialVersion.credentialId, params.credentialId));
  if (!version) throw new Error("The credential has no version.");
  const [submission] = await db
    .insert(credentialSubmission)
    .values({
      districtId: params.districtId,
      credentialId: params.credentialId,
      versionId: version.id,
      personId: params.personId,
      attempt: params.attempt,
      status: "earned",
    })
    .returning();
  if (!submission) throw new Error("The submission was not written.");
  const [badge] = await db
    .insert(awardedBadge)
    .values({
      districtId: params.districtId,
      submissionId: submission.id,
      personId: params.personId,
      credentialId: params.credentialId,
      versionId: version.id,
      awardedAt: new Date(),
      validFrom: new Date(),
      pdMinutes: 60,
      statusIndex: params.statusIndex,
    })
    .returning();
  if (!badge) throw new Error("The badge was not written.");
  return badge;
}
