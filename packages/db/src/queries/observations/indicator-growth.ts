import type { GrowthSource, IndicatorGrowth } from "@throughline/domain/recommendation";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { importedRating, indicator, observation, observationRating } from "../../schema/index.ts";
import { loadSelfRatingHistory } from "../self-assessment/self-rating-summary.ts";
import { observationOfRating } from "../sql/same-district-joins.ts";
import { loadObservationScale } from "./observations.ts";

/*
 * The levels seen for one teacher, per indicator, as the individual path uses them. Which
 * evidence counts depends on who asks, following the observation access rule:
 * - the teacher sees all of their published observations (coaching and walkthroughs) and their
 *   imported ratings;
 * - a coach who supports them sees the published coaching observations and the imported
 *   ratings, never walkthroughs (a principal's evaluation; coaching is kept apart from it).
 * Drafts are the observer's alone and never count.
 */

export type EvidenceViewer = "teacher" | "supporting_coach";

export interface EvidenceRow {
  indicatorId: string;
  rank: number;
  /** The day it was seen, YYYY-MM-DD. */
  on: string;
  source: GrowthSource;
}

/** Every level seen for the teacher that this kind of viewer may see. */
export async function loadIndicatorEvidence(
  tx: Transaction,
  params: { teacherId: string; viewer: EvidenceViewer },
): Promise<EvidenceRow[]> {
  const kinds =
    params.viewer === "teacher" ? (["coaching", "walkthrough"] as const) : (["coaching"] as const);
  const [observed, imported] = await Promise.all([
    tx
      .select({
        indicatorId: observationRating.indicatorId,
        rank: observationRating.levelRank,
        on: observation.observedOn,
        source: observation.kind,
      })
      .from(observationRating)
      .innerJoin(observation, observationOfRating)
      .where(
        and(
          eq(observation.teacherId, params.teacherId),
          eq(observation.status, "published"),
          inArray(observation.kind, [...kinds]),
          isNotNull(observationRating.levelRank),
        ),
      ),
    // Imported ratings are evaluation data, like walkthroughs: the teacher's, not the coach's.
    params.viewer === "teacher"
      ? tx
          .select({
            indicatorId: importedRating.indicatorId,
            rank: importedRating.levelRank,
            on: importedRating.ratedOn,
          })
          .from(importedRating)
          .where(eq(importedRating.personId, params.teacherId))
      : Promise.resolve([]),
  ]);
  return [
    ...observed.flatMap((row) => (row.rank === null ? [] : [{ ...row, rank: row.rank }])),
    ...imported.map((row) => ({ ...row, source: "imported" as const })),
  ];
}

/** "1.10" after "1.9": indicator codes compare number by number. */
export function compareIndicatorCodes(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/** The framework's indicators in framework order (by code). */
export async function loadIndicatorsInOrder(tx: Transaction) {
  const rows = await tx
    .select({
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      targetRank: indicator.targetRank,
    })
    .from(indicator);
  return rows.sort((a, b) => compareIndicatorCodes(a.code, b.code));
}

/** Per indicator, the levels seen over time, for the growth chart and the table behind it. */
export async function getIndicatorGrowth(
  tx: Transaction,
  params: { teacherId: string; viewer: EvidenceViewer; viewerId: string },
): Promise<IndicatorGrowth> {
  const [evidence, selfRated, levels, indicators] = await Promise.all([
    loadIndicatorEvidence(tx, params),
    loadSelfRatingHistory(tx, params),
    loadObservationScale(tx),
    loadIndicatorsInOrder(tx),
  ]);
  const districtTarget = levels.find((level) => level.isTarget)?.rank ?? null;
  return {
    levels,
    indicators: indicators.flatMap((item) => {
      const points = evidence
        .filter((row) => row.indicatorId === item.id)
        .map(({ on, rank, source }) => ({ on, rank, source }))
        .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.rank - b.rank));
      const selfRatings = selfRated
        .filter((row) => row.indicatorId === item.id)
        .map(({ on, rank, moment }) => ({ on, rank, moment }));
      if (points.length === 0 && selfRatings.length === 0) return [];
      return [{ ...item, targetRank: item.targetRank ?? districtTarget, points, selfRatings }];
    }),
  };
}
