import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { credential } from "../../schema/index.ts";

/** The credential's program (null when it has none or is not the district's). */
export async function credentialProgramId(
  tx: Transaction,
  credentialId: string,
): Promise<string | null> {
  const [row] = await tx
    .select({ programId: credential.programId })
    .from(credential)
    .where(eq(credential.id, credentialId));
  return row?.programId ?? null;
}
