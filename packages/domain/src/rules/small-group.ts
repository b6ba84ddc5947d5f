/*
 * Figures about fewer than three teachers are withheld wherever the platform shows a group
 * (reports, team profiles): with one or two teachers a count or an average is a person's own
 * record. The group's size is withheld too — people read "fewer than 3", never the number.
 */

/** The fewest teachers a shown figure may describe. */
const SMALL_GROUP_MINIMUM = 3;

/** What people read in place of a withheld figure. */
export const SMALL_GROUP_LABEL = "fewer than 3";

/** A group's figures, or the fact that they are withheld (without the group's size). */
export type Withheld<T> = { withheld: false; figures: T } | { withheld: true };

export function isSmallGroup(teachers: number): boolean {
  return teachers < SMALL_GROUP_MINIMUM;
}

/** The figures of a group of `teachers`, computed only when the group may be shown. */
export function unlessSmallGroup<T>(teachers: number, figures: () => T): Withheld<T> {
  return isSmallGroup(teachers) ? { withheld: true } : { withheld: false, figures: figures() };
}

/**
 * Which groups of a breakdown to withhold, given each group's teacher count and a total shown
 * beside them: the small groups, and — when exactly one group is small — the next smallest as
 * well, so the small group's size cannot be read off as the total minus the shown groups.
 * Returns the indexes withheld.
 */
export function withheldGroups(teacherCounts: readonly number[]): Set<number> {
  const small = teacherCounts.flatMap((count, index) => (isSmallGroup(count) ? [index] : []));
  const withheld = new Set(small);
  if (small.length === 1 && teacherCounts.length > 1) {
    const next = teacherCounts
      .map((count, index) => ({ count, index }))
      .filter((group) => !withheld.has(group.index))
      .sort((a, b) => a.count - b.count || a.index - b.index)[0];
    if (next) withheld.add(next.index);
  }
  return withheld;
}
