/*
 * Which stage a teacher is "on". Programs run side by side, so a teacher has a current stage in
 * each program she is in: her enrolment (not withdrawn) in the highest stage of that program.
 * Stage numbers count inside a program, so stages of different programs are never compared.
 *
 * Where one single stage is needed (the plan a meeting's commitments go on, the plan the
 * action-plan page opens on, the one line a nudge names), it is her current stage in the first
 * of her programs in the district's order: the district's main initiative comes first.
 */

/** An enrolment as these rules read it: its stage's place and its program's place. */
interface EnrolmentInProgram {
  programId: string;
  /** The program's place in the district's order (1 first). */
  programPosition: number;
  /** The stage's place inside its program (1 first). */
  stagePosition: number;
}

/**
 * Her current enrolment in each program, in program order: per program, the one in the highest
 * stage (on a tie, the later one given, as enrolments come in cohort-name order).
 */
export function currentPerProgram<T extends EnrolmentInProgram>(enrolments: readonly T[]): T[] {
  const byProgram = new Map<string, T>();
  for (const enrolment of enrolments) {
    const seen = byProgram.get(enrolment.programId);
    if (!seen || enrolment.stagePosition >= seen.stagePosition) {
      byProgram.set(enrolment.programId, enrolment);
    }
  }
  return [...byProgram.values()].sort((a, b) => a.programPosition - b.programPosition);
}

/** The one current stage where one is needed: her current stage of her first program. */
export function primaryCurrent<T extends EnrolmentInProgram>(
  enrolments: readonly T[],
): T | undefined {
  return currentPerProgram(enrolments)[0];
}

/**
 * A line that names a stage, with its program in front where the district runs more than one
 * ("Classroom technology · Stage 1 workshop"); `programTitle` is null where it runs one.
 */
export function namedWithProgram(programTitle: string | null | undefined, line: string): string {
  return programTitle ? `${programTitle} · ${line}` : line;
}
