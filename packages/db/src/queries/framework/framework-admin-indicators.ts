import type {
  CreateIndicatorInput,
  UpdateIndicatorInput,
} from "@throughline/domain/framework-admin";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { indicator } from "../../schema/index.ts";

/* Writing the district's indicators. Codes are unique per district. */

/** Whether another indicator of the district already has this code. */
export async function indicatorCodeTaken(
  tx: Transaction,
  params: { code: string; exceptId?: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: indicator.id })
    .from(indicator)
    .where(
      and(
        eq(indicator.code, params.code),
        params.exceptId ? ne(indicator.id, params.exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function createIndicator(
  tx: Transaction,
  params: CreateIndicatorInput & { districtId: string },
): Promise<string> {
  const [created] = await tx.insert(indicator).values(params).returning({ id: indicator.id });
  if (!created) throw new Error("The indicator was not added.");
  return created.id;
}

/** False when the indicator is not in the district. */
export async function updateIndicator(
  tx: Transaction,
  params: UpdateIndicatorInput,
): Promise<boolean> {
  const { indicatorId, ...fields } = params;
  const updated = await tx
    .update(indicator)
    .set(fields)
    .where(eq(indicator.id, indicatorId))
    .returning({ id: indicator.id });
  return updated.length > 0;
}

/** The ids among `indicatorIds` that are the district's (row security hides the others). */
export async function knownIndicatorIds(
  tx: Transaction,
  params: { indicatorIds: readonly string[] },
): Promise<Set<string>> {
  if (params.indicatorIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: indicator.id })
    .from(indicator)
    .where(inArray(indicator.id, [...params.indicatorIds]));
  return new Set(rows.map((row) => row.id));
}

/** The indicator's program (null when it has none or is not the district's). */
export async function indicatorProgramId(
  tx: Transaction,
  indicatorId: string,
): Promise<string | null> {
  const [row] = await tx
    .select({ programId: indicator.programId })
    .from(indicator)
    .where(eq(indicator.id, indicatorId));
  return row?.programId ?? null;
}
