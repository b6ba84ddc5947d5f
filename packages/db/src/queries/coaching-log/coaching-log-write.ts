import type { LogCoachingInteractionInput } from "@throughline/domain/coaching-log";
import type { Transaction } from "../../client.ts";
import {
  coachingInteraction,
  coachingInteractionIndicator,
  coachingInteractionTeacher,
} from "../../schema/index.ts";

/**
 * Records one coaching interaction with its teachers and indicators. The caller (the API) has
 * checked that the coach supports every teacher named.
 */
export async function logCoachingInteraction(
  tx: Transaction,
  params: { districtId: string; coachId: string; input: LogCoachingInteractionInput },
): Promise<string> {
  const { districtId, coachId, input } = params;
  const [created] = await tx
    .insert(coachingInteraction)
    .values({
      districtId,
      coachId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      minutes: input.minutes,
      note: input.note ?? "",
    })
    .returning({ id: coachingInteraction.id });
  if (!created) throw new Error("The coaching interaction was not recorded.");
  await tx
    .insert(coachingInteractionTeacher)
    .values(
      input.teacherIds.map((teacherId) => ({ districtId, interactionId: created.id, teacherId })),
    );
  if (input.indicatorIds.length > 0) {
    await tx.insert(coachingInteractionIndicator).values(
      input.indicatorIds.map((indicatorId) => ({
        districtId,
        interactionId: created.id,
        indicatorId,
      })),
    );
  }
  return created.id;
}
