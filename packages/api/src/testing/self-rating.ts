/** One rating of a self-assessment input: `indicator` at `levelRank`, with a note or none. */
export function selfRating(
  indicator: { id: string },
  levelRank: number,
  note: string | null = null,
) {
  return { indicatorId: indicator.id, levelRank, note };
}
