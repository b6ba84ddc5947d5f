import { and, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { person } from "../../schema/index.ts";
import { personInScope, type SchoolScope } from "../people/people-admin-scope.ts";

/**
 * The teacher whose transcript an admin asks for, if the admin administers them (a principal:
 * people of their schools; a district admin: everyone); null otherwise.
 */
export async function transcriptSubjectInScope(
  tx: Transaction,
  params: { personId: string; scope: SchoolScope },
): Promise<{ id: string; displayName: string } | null> {
  const [found] = await tx
    .select({ id: person.id, displayName: person.displayName })
    .from(person)
    .where(and(eq(person.id, params.personId), personInScope(params.scope)))
    .limit(1);
  return found ?? null;
}
