import type { ObservationKind } from "@throughline/domain/enums";
import type { SaveObservationDraftInput } from "@throughline/domain/observation";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { indicator, observation, observationNote, observationRating } from "../../schema/index.ts";

/*
 * Writing observations. The callers (the API) decide who may write; these only write, and
 * every update names the state it expects (observer, draft, revision) in its WHERE clause, so a
 * check made a moment earlier cannot be raced past.
 */

/** How many of the ids are indicators of the district's framework. */
export async function countIndicators(tx: Transaction, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(indicator)
    .where(inArray(indicator.id, ids));
  return row?.count ?? 0;
}

export async function createObservation(
  tx: Transaction,
  params: {
    districtId: string;
    observerId: string;
    teacherId: string;
    kind: ObservationKind;
    observedOn: string;
    classLabel: string | null;
    durationMinutes: number | null;
    indicatorIds: string[];
  },
): Promise<string> {
  const { indicatorIds, ...fields } = params;
  const [created] = await tx.insert(observation).values(fields).returning({ id: observation.id });
  if (!created) throw new Error("The observation was not created.");
  await tx.insert(observationRating).values(
    indicatorIds.map((indicatorId) => ({
      districtId: params.districtId,
      observationId: created.id,
      indicatorId,
      levelRank: null,
    })),
  );
  return created.id;
}

/**
 * Replaces the draft with what the device holds, if the device saw the latest revision.
 * Returns the new revision, or null when the draft moved on (or is no longer a draft).
 */
export async function saveDraft(
  tx: Transaction,
  params: { districtId: string; observerId: string; input: SaveObservationDraftInput },
): Promise<number | null> {
  const { input, districtId } = params;
  const [saved] = await tx
    .update(observation)
    .set({
      observedOn: input.observedOn,
      classLabel: input.classLabel,
      durationMinutes: input.durationMinutes,
      revision: sql`${observation.revision} + 1`,
    })
    .where(
      and(
        eq(observation.id, input.observationId),
        eq(observation.observerId, params.observerId),
        eq(observation.status, "draft"),
        eq(observation.revision, input.baseRevision),
      ),
    )
    .returning({ revision: observation.revision });
  if (!saved) return null;

  const indicatorIds = input.ratings.map((rating) => rating.indicatorId);
  await tx
    .delete(observationRating)
    .where(
      and(
        eq(observationRating.observationId, input.observationId),
        notInArray(observationRating.indicatorId, indicatorIds),
      ),
    );
  await tx
    .insert(observationRating)
    .values(
      input.ratings.map((rating) => ({
        districtId,
        observationId: input.observationId,
        indicatorId: rating.indicatorId,
        levelRank: rating.levelRank,
        lookFors: rating.lookFors,
      })),
    )
    .onConflictDoUpdate({
      target: [
        observationRating.districtId,
        observationRating.observationId,
        observationRating.indicatorId,
      ],
      set: { levelRank: sql`excluded.level_rank`, lookFors: sql`excluded.look_fors` },
    });

  const noteIds = input.notes.map((note) => note.id);
  await tx
    .delete(observationNote)
    .where(
      noteIds.length > 0
        ? and(
            eq(observationNote.observationId, input.observationId),
            notInArray(observationNote.id, noteIds),
          )
        : eq(observationNote.observationId, input.observationId),
    );
  if (input.notes.length > 0) {
    await tx
      .insert(observationNote)
      .values(
        input.notes.map((note) => ({
          districtId,
          id: note.id,
          observationId: input.observationId,
          notedAt: note.notedAt,
          body: note.body,
        })),
      )
      .onConflictDoUpdate({
        target: [observationNote.districtId, observationNote.id],
        set: { notedAt: sql`excluded.noted_at`, body: sql`excluded.body` },
        // A note id is the device's; it can never move a note of another observation.
        setWhere: eq(observationNote.observationId, input.observationId),
      });
  }
  return saved.revision;
}

export async function countRatedIndicators(tx: Transaction, params: { observationId: string }) {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(observationRating)
    .where(
      and(
        eq(observationRating.observationId, params.observationId),
        sql`${observationRating.levelRank} is not null`,
      ),
    );
  return row?.count ?? 0;
}

/** Publishes the observer's draft; false when it is not (or no longer) theirs to publish. */
export async function publishDraft(
  tx: Transaction,
  params: { observationId: string; observerId: string },
): Promise<boolean> {
  const rows = await tx
    .update(observation)
    .set({ status: "published", publishedAt: new Date() })
    .where(ownDraft(params))
    .returning({ id: observation.id });
  return rows.length > 0;
}

export async function discardDraft(
  tx: Transaction,
  params: { observationId: string; observerId: string },
): Promise<boolean> {
  const rows = await tx
    .delete(observation)
    .where(ownDraft(params))
    .returning({ id: observation.id });
  return rows.length > 0;
}

function ownDraft(params: { observationId: string; observerId: string }) {
  return and(
    eq(observation.id, params.observationId),
    eq(observation.observerId, params.observerId),
    eq(observation.status, "draft"),
  );
}

/** The teacher's answer to their own published observation. */
export async function updateTeacherResponse(
  tx: Transaction,
  params: {
    observationId: string;
    teacherId: string;
    set: Partial<{
      reflection: string;
      reflectedAt: Date;
      acknowledgedAt: Date;
      sharedWithLeadersAt: Date | null;
    }>;
    coachingOnly?: boolean;
  },
): Promise<boolean> {
  const rows = await tx
    .update(observation)
    .set(params.set)
    .where(
      and(
        eq(observation.id, params.observationId),
        eq(observation.teacherId, params.teacherId),
        eq(observation.status, "published"),
        params.coachingOnly ? eq(observation.kind, "coaching") : undefined,
      ),
    )
    .returning({ id: observation.id });
  return rows.length > 0;
}
