/** The parts of an observation draft that hold content, with a note's time as a Date or text. */
export interface ObservationDraftContent {
  observedOn: string;
  classLabel?: string | null;
  durationMinutes?: number | null;
  ratings: { indicatorId: string; levelRank: number | null; lookFors?: string | null }[];
  notes: { id: string; notedAt: Date | string; body: string }[];
}

const text = (value: string | null | undefined) => value?.trim() || null;

function fingerprint(draft: ObservationDraftContent): string {
  return JSON.stringify([
    draft.observedOn,
    text(draft.classLabel),
    draft.durationMinutes ?? null,
    draft.ratings
      .map((rating) =>
        JSON.stringify([rating.indicatorId, rating.levelRank, text(rating.lookFors)]),
      )
      .sort(),
    draft.notes
      .map((note) => JSON.stringify([note.id, new Date(note.notedAt).getTime(), text(note.body)]))
      .sort(),
  ]);
}

/**
 * Whether two versions of a draft hold the same content, whatever the order of their rows and
 * however blank text was stored: how a device recognises its own save, whose answer it never
 * received, in the copy the server holds.
 */
export function sameObservationDraft(a: ObservationDraftContent, b: ObservationDraftContent) {
  return fingerprint(a) === fingerprint(b);
}
