import type { Recommendation } from "./types.ts";

/*
 * Where a district runs several programs, the teacher's recommendations are read per program:
 * the page lists each program's sessions under its name, and the short card makes room for the
 * first session of every program before a second one of any.
 */

export interface ProgramGroup {
  /** Null where the district runs one program (the list is not split). */
  program: { id: string; title: string } | null;
  items: Recommendation[];
}

/** The list split by program, programs in the order their first session comes; order kept. */
export function groupByProgram(items: readonly Recommendation[]): ProgramGroup[] {
  const groups = new Map<string, ProgramGroup>();
  for (const item of items) {
    const key = item.program?.id ?? "";
    const group = groups.get(key) ?? { program: item.program, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * `count` sessions for a short list: the first of each program first (a teacher's next session
 * in each program she is in), then the rest in order; shown in the list's own order.
 */
export function firstOfEachProgram(
  items: readonly Recommendation[],
  count: number,
): Recommendation[] {
  const leads = groupByProgram(items).flatMap((group) => group.items.slice(0, 1));
  const chosen = new Set(leads.slice(0, count));
  for (const item of items) {
    if (chosen.size >= count) break;
    chosen.add(item);
  }
  return items.filter((item) => chosen.has(item));
}
