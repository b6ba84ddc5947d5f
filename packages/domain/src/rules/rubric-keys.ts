import type { Rubric } from "../credential.ts";

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/**
 * Whether scores given against one rubric mean the same against another: the same criterion
 * keys and level keys, whatever their order, names or descriptors. A lead reviewer's reference
 * scores carry over to a new version of a credential only when this holds.
 */
export function sameRubricKeys(before: Rubric, after: Rubric): boolean {
  return (
    sameKeys(
      before.criteria.map((criterion) => criterion.key),
      after.criteria.map((criterion) => criterion.key),
    ) &&
    sameKeys(
      before.levels.map((level) => level.key),
      after.levels.map((level) => level.key),
    )
  );
}
