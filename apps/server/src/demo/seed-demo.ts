import type { FileStorage } from "@throughline/api/files/storage";
import type { Database } from "@throughline/db/client";
import { seedDemoData } from "@throughline/db/seed";
import { type CredentialDemoDeps, seedCredentialDemo } from "./seed-credential-demo.ts";

/**
 * Seeds the demo districts into a database that lacks them and, only when it has just done so,
 * the micro-credential demo on top: a database someone has been using is never added to.
 */
export async function seedDemo(
  deps: CredentialDemoDeps & { db: Database; storage: FileStorage },
): Promise<void> {
  const written = await seedDemoData(deps.db, { now: deps.now });
  if (written.includes("maple-valley")) await seedCredentialDemo(deps);
}
