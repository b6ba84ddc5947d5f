import { percent } from "./rules/implementation-metrics.ts";
import type { StageStatus } from "./rules/stage-status.ts";

/*
 * Where a district runs several programs, a dashboard's completion figures are read per
 * program: sessions completed of assigned mixed across programs say nothing about either.
 */

/** One program's figures for a dashboard level's teachers. */
export interface ProgramFigures {
  programId: string;
  programTitle: string;
  /** Teachers with a current enrolment in one of its stages. */
  teacherCount: number;
  sessionsCompleted: number;
  sessionsAssigned: number;
  /** Whole percent; null when nobody is enrolled in a stage of it with sessions. */
  completionPercent: number | null;
  /** Enrolments in its stages that are complete. */
  stagesComplete: number;
}

/** What the figures read of an enrolment. */
interface EnrolmentFigures {
  personId: string;
  stageId: string;
  status: StageStatus;
  sessionsTotal: number;
  sessionsCompleted: number;
}

/**
 * Per program (in the order of its stages), the figures of the given enrolments; none where the
 * facts name fewer than two programs.
 */
export function programFigures(
  stages: readonly { id: string; programId?: string; programTitle?: string }[],
  enrolments: readonly EnrolmentFigures[],
): ProgramFigures[] {
  const programOfStage = new Map(stages.map((stage) => [stage.id, stage]));
  const programs = new Map<
    string,
    { title: string; people: Set<string>; rows: EnrolmentFigures[] }
  >();
  for (const stage of stages) {
    if (!stage.programId || programs.has(stage.programId)) continue;
    programs.set(stage.programId, { title: stage.programTitle ?? "", people: new Set(), rows: [] });
  }
  if (programs.size < 2) return [];
  for (const row of enrolments) {
    const programId = programOfStage.get(row.stageId)?.programId;
    const program = programId ? programs.get(programId) : undefined;
    if (!program) continue;
    program.people.add(row.personId);
    program.rows.push(row);
  }
  return [...programs].map(([programId, program]) => {
    const completed = program.rows.reduce((total, row) => total + row.sessionsCompleted, 0);
    const assigned = program.rows.reduce((total, row) => total + row.sessionsTotal, 0);
    return {
      programId,
      programTitle: program.title,
      teacherCount: program.people.size,
      sessionsCompleted: completed,
      sessionsAssigned: assigned,
      completionPercent: percent(completed, assigned),
      stagesComplete: program.rows.filter((row) => row.status === "complete").length,
    };
  });
}
