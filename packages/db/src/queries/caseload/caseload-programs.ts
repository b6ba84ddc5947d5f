import type { CaseloadProgramStage } from "@throughline/domain/caseload";
import { type SQL, sql } from "drizzle-orm";
import { CURRENT_STATUSES, statusOfEnrolment } from "../enrolments/stage-progress.ts";

/*
 * Where a district runs several programs, a teacher has a current stage in each program she is
 * in (domain rules/current-stage), and the caseload shows each. Read in the caseload's one
 * statement, per member, as a JSON array: her enrolments are found by the key that leads with
 * the person, the highest stage of each program kept (`distinct on`), with the kept counts of
 * `enrolment_progress_summary` the stage-status rule reads. Where the district runs one program
 * the array is null and the caseload reads as before.
 */

/** One program's current stage with the facts its status needs, as the statement gives it. */
export interface ProgramStageFacts {
  programId: string;
  programTitle: string;
  stagePosition: number;
  stageTitle: string;
  workshopAttended: boolean;
  confirmedAt: string | null;
  meetingsRequired: number;
  requiresConfirmation: boolean;
  sessionsTotal: number;
  sessionsCompleted: number;
  meetingsAttended: number;
  hasCompletedActionStep: boolean | null;
}

const currentStatuses = sql.raw(CURRENT_STATUSES.map((status) => `'${status}'`).join(", "));

/**
 * The caseload statement `facts` (a select with a `"memberId"` column) with a `"programs"`
 * column added: each member's current stage per program, in program order.
 */
export function withProgramStagesSql(facts: SQL): SQL {
  return sql`select f.*, programs.programs as "programs"
    from (${facts}) f
    left join lateral (
      select json_agg(json_build_object(
          'programId', cur.program_id, 'programTitle', cur.program_title,
          'stagePosition', cur.stage_position, 'stageTitle', cur.stage_title,
          'workshopAttended', cur.workshop_attended, 'confirmedAt', cur.confirmed_at,
          'meetingsRequired', cur.meetings_required,
          'requiresConfirmation', cur.requires_confirmation,
          'sessionsTotal', cur.sessions_total,
          'sessionsCompleted', coalesce(summary.sessions_completed, 0),
          'meetingsAttended', coalesce(summary.meetings_attended, 0),
          'hasCompletedActionStep', summary.has_completed_action_step
        ) order by cur.program_position) as programs
      from (
        select distinct on (s.program_id) s.program_id, pr.title as program_title,
          pr.position as program_position, s.position as stage_position, s.title as stage_title,
          s.meetings_required, s.requires_confirmation, e.district_id, e.id as enrolment_id,
          e.workshop_attended, e.confirmed_at,
          (select count(*) from micropd_session ms
            where ms.district_id = s.district_id and ms.stage_id = s.id) as sessions_total
        from enrolment e
        join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
        join stage s on s.district_id = c.district_id and s.id = c.stage_id
        join program pr on pr.district_id = s.district_id and pr.id = s.program_id
        where e.person_id = f."memberId" and e.status in (${currentStatuses})
        order by s.program_id, s.position desc, c.name desc
      ) cur
      left join lateral (
        select sessions_completed, meetings_attended, has_completed_action_step
        from enrolment_progress_summary kept
        where kept.district_id = cur.district_id and kept.enrolment_id = cur.enrolment_id
        limit 1
      ) summary on true
      where (select count(*) from program) > 1
    ) programs on true`;
}

/** A member's program stages with their status by the stage-status rule; [] where one program. */
export function programStagesOf(
  facts: readonly ProgramStageFacts[] | null,
): CaseloadProgramStage[] {
  return (facts ?? []).map((row) => ({
    programId: row.programId,
    programTitle: row.programTitle,
    stage: { position: row.stagePosition, title: row.stageTitle },
    status: statusOfEnrolment({
      ...row,
      confirmedAt: row.confirmedAt === null ? null : new Date(row.confirmedAt),
    }),
    sessionsCompleted: row.sessionsCompleted,
    sessionsTotal: row.sessionsTotal,
  }));
}
