import type { CreateProtocolInput, Protocol } from "@throughline/domain/protocol";
import { asc, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { protocol, protocolStep } from "../../schema/index.ts";

/* The district's protocols: the ones every district starts with, then its own. */

/** Every protocol with its steps in order: defaults first, then the district's own, by name. */
export async function listProtocols(tx: Transaction): Promise<Protocol[]> {
  const protocols = await tx
    .select({
      id: protocol.id,
      name: protocol.name,
      purpose: protocol.purpose,
      addedByDistrict: sql<boolean>`${protocol.createdById} is not null`,
    })
    .from(protocol)
    .orderBy(sql`${protocol.createdById} is not null`, asc(protocol.name));
  if (protocols.length === 0) return [];
  const steps = await tx
    .select({
      protocolId: protocolStep.protocolId,
      id: protocolStep.id,
      position: protocolStep.position,
      title: protocolStep.title,
      purpose: protocolStep.purpose,
      minutes: protocolStep.minutes,
      prompts: protocolStep.prompts,
    })
    .from(protocolStep)
    .where(
      inArray(
        protocolStep.protocolId,
        protocols.map((p) => p.id),
      ),
    )
    .orderBy(asc(protocolStep.position));
  return protocols.map((p) => {
    const own = steps
      .filter((step) => step.protocolId === p.id)
      .map(({ protocolId: _protocolId, ...step }) => step);
    return { ...p, steps: own, totalMinutes: own.reduce((sum, step) => sum + step.minutes, 0) };
  });
}

/** Whether the district already has a protocol of this name (ignoring case and spacing). */
export async function protocolNameTaken(tx: Transaction, params: { name: string }) {
  const [row] = await tx
    .select({ id: protocol.id })
    .from(protocol)
    .where(sql`lower(${protocol.name}) = lower(${params.name})`)
    .limit(1);
  return row !== undefined;
}

/** Adds a district's own protocol with its steps, numbered in the order given. */
export async function createProtocol(
  tx: Transaction,
  params: CreateProtocolInput & { districtId: string; createdById: string },
): Promise<string> {
  const [created] = await tx
    .insert(protocol)
    .values({
      districtId: params.districtId,
      name: params.name,
      purpose: params.purpose,
      createdById: params.createdById,
    })
    .returning({ id: protocol.id });
  if (!created) throw new Error("The protocol was not added.");
  await tx.insert(protocolStep).values(
    params.steps.map((step, index) => ({
      districtId: params.districtId,
      protocolId: created.id,
      position: index + 1,
      ...step,
    })),
  );
  return created.id;
}

/** The protocol steps among `stepIds` that exist in the district, as an agenda copies them. */
export async function findProtocolSteps(tx: Transaction, params: { stepIds: string[] }) {
  if (params.stepIds.length === 0) return [];
  return (
    tx
      .select({
        id: protocolStep.id,
        protocolId: protocolStep.protocolId,
        title: protocolStep.title,
        purpose: protocolStep.purpose,
        minutes: protocolStep.minutes,
        prompts: protocolStep.prompts,
      })
      .from(protocolStep)
      // Row security limits this to the viewer's district: another district's step is not found.
      .where(inArray(protocolStep.id, params.stepIds))
  );
}
