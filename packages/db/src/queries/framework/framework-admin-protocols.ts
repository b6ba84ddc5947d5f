import type { UpdateProtocolInput } from "@throughline/domain/framework-admin";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { protocol, protocolStep } from "../../schema/index.ts";

/**
 * Renames a protocol and replaces its steps; false when it is not in the district. Meetings
 * already scheduled copied their agenda from the steps, so their agendas and notes stay as held.
 */
export async function updateProtocol(
  tx: Transaction,
  params: UpdateProtocolInput & { districtId: string },
): Promise<boolean> {
  const updated = await tx
    .update(protocol)
    .set({ name: params.name, purpose: params.purpose })
    .where(eq(protocol.id, params.protocolId))
    .returning({ id: protocol.id });
  if (updated.length === 0) return false;
  await tx.delete(protocolStep).where(eq(protocolStep.protocolId, params.protocolId));
  await tx.insert(protocolStep).values(
    params.steps.map((step, index) => ({
      districtId: params.districtId,
      protocolId: params.protocolId,
      position: index + 1,
      ...step,
    })),
  );
  return true;
}

/** Whether another protocol of the district has this name (ignoring case). */
export async function otherProtocolNamed(
  tx: Transaction,
  params: { name: string; protocolId: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: protocol.id })
    .from(protocol)
    .where(
      and(sql`lower(${protocol.name}) = lower(${params.name})`, ne(protocol.id, params.protocolId)),
    )
    .limit(1);
  return row !== undefined;
}
