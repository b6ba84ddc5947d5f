import type { Transaction } from "../../client.ts";
import { school } from "../../schema/index.ts";
import { anyId } from "../sql/any-id.ts";

/** Which of these school ids are schools of the district (a requirement names one of them). */
export async function schoolIdsInDistrict(
  tx: Transaction,
  params: { schoolIds: readonly string[] },
): Promise<Set<string>> {
  if (params.schoolIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: school.id })
    .from(school)
    .where(anyId(school.id, params.schoolIds));
  return new Set(rows.map((row) => row.id));
}
