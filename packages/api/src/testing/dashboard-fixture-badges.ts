import type { Database } from "@throughline/db/client";
import {
  awardedBadge,
  credential,
  credentialSubmission,
  credentialVersion,
} from "@throughline/db/schema";

const at = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * Badges: Ada earned "Questioning"; Cy earned "Questioning" and "Exit Tickets"; Di's
 * "Questioning" was revoked and does not count. School 3, Team X 1, Team Y 2.
 */
export async function insertFixtureBadges(
  tenant: { districtId: string },
  people: { ada: string; cy: string; di: string },
  db: Database,
): Promise<void> {
  const credentials = await db.insert(credential).values([tenant, tenant]).returning();
  const versions = await db
    .insert(credentialVersion)
    .values(
      ["Questioning", "Exit Tickets"].map((name, index) => ({
        ...tenant,
        credentialId: credentials[index]?.id ?? "",
        version: 1,
        name,
        competency: "A competency.",
        keyMethod: "A method.",
        criteriaNarrative: "Criteria.",
        requirements: [],
        rubric: { levels: [], criteria: [] },
        passingRule: { minimumLevel: "proficient", allowedOneBelow: 0 },
        pdMinutes: 60,
      })),
    )
    .returning();
  const [questioning, exitTickets] = versions;
  if (!questioning || !exitTickets) throw new Error("no credential versions");
  const earned = [
    { personId: people.ada, version: questioning, revoked: false },
    { personId: people.cy, version: questioning, revoked: false },
    { personId: people.cy, version: exitTickets, revoked: false },
    { personId: people.di, version: questioning, revoked: true },
  ];
  for (const [index, row] of earned.entries()) {
    const [submission] = await db
      .insert(credentialSubmission)
      .values({
        ...tenant,
        credentialId: row.version.credentialId,
        versionId: row.version.id,
        personId: row.personId,
        attempt: 1,
        status: "earned",
      })
      .returning();
    if (!submission) throw new Error("no submission");
    await db.insert(awardedBadge).values({
      ...tenant,
      submissionId: submission.id,
      personId: row.personId,
      credentialId: row.version.credentialId,
      versionId: row.version.id,
      awardedAt: at("2026-10-25"),
      validFrom: at("2026-10-25"),
      pdMinutes: 60,
      statusIndex: index + 1,
      revokedAt: row.revoked ? at("2026-10-30") : null,
    });
  }
}
