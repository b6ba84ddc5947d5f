import { desc, eq } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import {
  credentialReview,
  credentialSubmission,
  credentialVersion,
  submissionEvidence,
} from "../schema/index.ts";

/*
 * The writes of the micro-credential demo (seeded by the server on top of the districts, since
 * its evidence files go to the server's file storage and its badge is signed there): submissions
 * with their evidence, and the review that earned a badge, written as they would stand after the
 * real flow. Its people are found with `demo-people.ts`.
 */

export type DemoCredentialVersion = typeof credentialVersion.$inferSelect;

/** The newest version of the credential with this name, or null. */
export async function findNewestVersionNamed(
  tx: Transaction,
  name: string,
): Promise<DemoCredentialVersion | null> {
  const [version] = await tx
    .select()
    .from(credentialVersion)
    .where(eq(credentialVersion.name, name))
    .orderBy(desc(credentialVersion.version))
    .limit(1);
  return version ?? null;
}

/** Whether anyone has started the credential (then the demo leaves it alone). */
export async function credentialHasSubmissions(
  tx: Transaction,
  credentialId: string,
): Promise<boolean> {
  const [started] = await tx
    .select({ id: credentialSubmission.id })
    .from(credentialSubmission)
    .where(eq(credentialSubmission.credentialId, credentialId))
    .limit(1);
  return started !== undefined;
}

/** A submission already handed in (and decided, when `decidedAt` is set); its id. */
export async function insertDemoSubmission(
  tx: Transaction,
  values: Omit<typeof credentialSubmission.$inferInsert, "id">,
): Promise<string> {
  const [submission] = await tx
    .insert(credentialSubmission)
    .values(values)
    .returning({ id: credentialSubmission.id });
  if (!submission) throw new Error("The demo submission was not written.");
  return submission.id;
}

/** One evidence item at the position the demo content gives it. */
export async function insertDemoEvidence(
  tx: Transaction,
  values: Omit<typeof submissionEvidence.$inferInsert, "id">,
): Promise<void> {
  await tx.insert(submissionEvidence).values(values);
}

/** A finished review. */
export async function insertDemoReview(
  tx: Transaction,
  values: Omit<typeof credentialReview.$inferInsert, "id">,
): Promise<void> {
  await tx.insert(credentialReview).values(values);
}
