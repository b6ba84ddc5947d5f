import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { credentialVersion } from "../../schema/index.ts";

/** A credential version by id, as its public Achievement shows it; null when there is none. */
export async function findCredentialVersion(tx: Transaction, versionId: string) {
  const [version] = await tx
    .select()
    .from(credentialVersion)
    .where(eq(credentialVersion.id, versionId));
  return version ?? null;
}
