import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person } from "../../schema/index.ts";

/** A person's name and email address, to write to them; null when there is no such person. */
export async function findPersonContact(
  tx: Transaction,
  personId: string,
): Promise<{ name: string; email: string } | null> {
  const [row] = await tx
    .select({ name: person.displayName, email: person.email })
    .from(person)
    .where(eq(person.id, personId));
  return row ?? null;
}
