import type { WeeklySpan } from "./common-time.ts";
import { describeSpan, spansOverlap } from "./weekly-time.ts";

/*
 * Whether a collaboration block can go where the principal wants it. A teacher cannot be in two
 * blocks at once, and a block outside the school day protects nothing: those are clashes and
 * refuse the block. A block over a class is a warning: the principal may know it is covered
 * (a specials rotation, a sub) and schedule anyway.
 */

interface BlockMember {
  personId: string;
  name: string;
}

interface ExistingBlock extends WeeklySpan {
  id: string;
  teamName: string;
  /** Who is on that block's team. */
  memberIds: readonly string[];
}

interface MemberClass extends WeeklySpan {
  personId: string;
  label: string;
}

export interface BlockConflictInput {
  block: WeeklySpan;
  members: readonly BlockMember[];
  /** The school's other blocks (not this block's own). */
  otherBlocks: readonly ExistingBlock[];
  /** The members' teaching slots. */
  classes: readonly MemberClass[];
  /** The school day per weekday, from the bell schedule. */
  schoolDay: readonly WeeklySpan[];
}

interface BlockConflicts {
  /** Refuse the block: each names the clash. */
  clashes: string[];
  /** Ask "schedule anyway?": each names the class the block falls over. */
  warnings: string[];
}

function insideSchoolDay(block: WeeklySpan, schoolDay: readonly WeeklySpan[]): boolean {
  return schoolDay.some(
    (day) => day.weekday === block.weekday && day.start <= block.start && block.end <= day.end,
  );
}

export function blockConflicts(input: BlockConflictInput): BlockConflicts {
  const { block } = input;
  const clashes: string[] = [];
  if (!insideSchoolDay(block, input.schoolDay)) {
    const day = input.schoolDay.find((entry) => entry.weekday === block.weekday);
    clashes.push(
      day
        ? `${describeSpan(block)} is outside the school day (${describeSpan(day)})`
        : `${describeSpan(block)} is not a school day`,
    );
  }
  for (const member of input.members) {
    for (const other of input.otherBlocks) {
      if (!other.memberIds.includes(member.personId) || !spansOverlap(block, other)) continue;
      clashes.push(
        `${member.name} is already in the ${other.teamName} block on ${describeSpan(other)}`,
      );
    }
  }
  const warnings: string[] = [];
  for (const member of input.members) {
    for (const taught of input.classes) {
      if (taught.personId !== member.personId || !spansOverlap(block, taught)) continue;
      warnings.push(`${member.name} teaches ${taught.label} on ${describeSpan(taught)}`);
    }
  }
  return { clashes, warnings };
}
