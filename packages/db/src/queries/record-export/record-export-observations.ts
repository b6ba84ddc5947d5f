import type { Transaction } from "../../client.ts";
import {
  findVisibleObservation,
  listMyObservations,
  loadObservationContent,
} from "../observations/observations.ts";

/* The observations published to the teacher, read through the observation visibility layer. */

export interface RecordObservation {
  kind: string;
  observedOn: string;
  publishedAt: Date | null;
  observer: string;
  classLabel: string | null;
  durationMinutes: number | null;
  ratings: { code: string; indicator: string; level: string | null; lookFors: string | null }[];
  notes: { notedAt: Date; body: string }[];
  photos: { fileName: string; takenAt: Date }[];
  reflection: string | null;
  reflectedAt: Date | null;
  acknowledgedAt: Date | null;
}

/**
 * What the teacher's own observation pages show: published observations of them, with the
 * content the visibility rule gives the observed teacher. Drafts and other people's
 * observations never come back from `visibleObservations` for them.
 */
export async function loadRecordObservations(
  tx: Transaction,
  params: { personId: string },
): Promise<RecordObservation[]> {
  const mine = await listMyObservations(tx, { viewerId: params.personId });
  const observations: RecordObservation[] = [];
  for (const summary of mine) {
    if (summary.access !== "content") continue;
    const ids = { viewerId: params.personId, observationId: summary.id };
    const [found, content] = await Promise.all([
      findVisibleObservation(tx, ids),
      loadObservationContent(tx, ids),
    ]);
    if (!found) continue;
    observations.push({
      kind: summary.kind,
      observedOn: summary.observedOn,
      publishedAt: summary.publishedAt,
      observer: summary.observerName,
      classLabel: found.classLabel,
      durationMinutes: found.durationMinutes,
      ratings: content.ratings.map((rating) => ({
        code: rating.code,
        indicator: rating.title,
        level: rating.levelLabel,
        lookFors: rating.lookFors,
      })),
      notes: content.notes.map((note) => ({ notedAt: note.notedAt, body: note.body })),
      photos: content.photos.map((photo) => ({ fileName: photo.fileName, takenAt: photo.takenAt })),
      reflection: found.reflection,
      reflectedAt: found.reflectedAt,
      acknowledgedAt: found.acknowledgedAt,
    });
  }
  return observations;
}
