import type { StoredObservationDraft } from "@throughline/domain/observation";
import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { observation, observationNote, observationRating } from "../../schema/index.ts";

/**
 * A draft as the server holds it now, in the shape its device saves it: the answer to a save
 * from an older revision, so the device can tell its own save whose answer was lost (the server
 * holds exactly what it sent) from a change made elsewhere.
 */
export async function loadStoredDraft(
  tx: Transaction,
  params: { observationId: string },
): Promise<{ revision: number; draft: StoredObservationDraft } | null> {
  const [[row], ratings, notes] = await Promise.all([
    tx
      .select({
        revision: observation.revision,
        observedOn: observation.observedOn,
        classLabel: observation.classLabel,
        durationMinutes: observation.durationMinutes,
      })
      .from(observation)
      .where(eq(observation.id, params.observationId))
      .limit(1),
    tx
      .select({
        indicatorId: observationRating.indicatorId,
        levelRank: observationRating.levelRank,
        lookFors: observationRating.lookFors,
      })
      .from(observationRating)
      .where(eq(observationRating.observationId, params.observationId))
      .orderBy(asc(observationRating.indicatorId)),
    tx
      .select({
        id: observationNote.id,
        notedAt: observationNote.notedAt,
        body: observationNote.body,
      })
      .from(observationNote)
      .where(eq(observationNote.observationId, params.observationId))
      .orderBy(asc(observationNote.notedAt), asc(observationNote.id)),
  ]);
  if (!row) return null;
  const { revision, ...facts } = row;
  return { revision, draft: { observationId: params.observationId, ...facts, ratings, notes } };
}
