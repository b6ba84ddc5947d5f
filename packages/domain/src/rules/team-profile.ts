import { unlessSmallGroup, type Withheld } from "./small-group.ts";

/*
 * A team profile's spread of levels per indicator: how many members are at each level by their
 * latest rating. An indicator fewer than 3 members have a rating on is withheld, so the profile
 * never shows one or two people's levels as a team figure.
 */

/** A member's latest level on one indicator (from a self-assessment or an observation). */
export interface MemberLevel {
  teacherId: string;
  indicatorId: string;
  rank: number;
}

interface Spread {
  rated: number;
  counts: { rank: number; members: number }[];
}

/**
 * Per indicator, members at each rank of the scale (every rank listed, zero included). A
 * member's level counts once per indicator (the caller passes latest levels); ranks outside the
 * scale are left out.
 */
export function levelSpread(
  levels: readonly MemberLevel[],
  indicatorId: string,
  ranks: readonly number[],
): Withheld<Spread> {
  const latest = new Map<string, number>();
  for (const level of levels) {
    if (level.indicatorId === indicatorId && ranks.includes(level.rank)) {
      latest.set(level.teacherId, level.rank);
    }
  }
  return unlessSmallGroup(latest.size, () => ({
    rated: latest.size,
    counts: ranks.map((rank) => ({
      rank,
      members: [...latest.values()].filter((value) => value === rank).length,
    })),
  }));
}

/** The latest of several dated levels per member and indicator (a later day wins). */
export function latestLevels(rows: readonly (MemberLevel & { on: string })[]): MemberLevel[] {
  const latest = new Map<string, MemberLevel & { on: string }>();
  for (const row of rows) {
    const key = `${row.teacherId}:${row.indicatorId}`;
    const seen = latest.get(key);
    if (!seen || row.on >= seen.on) latest.set(key, row);
  }
  return [...latest.values()].map(({ teacherId, indicatorId, rank }) => ({
    teacherId,
    indicatorId,
    rank,
  }));
}
