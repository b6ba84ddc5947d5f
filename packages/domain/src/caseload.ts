import { z } from "zod";
import { meetingStatusSchema } from "./enums.ts";
import { idSchema } from "./ids.ts";
import { caseloadFlagSchema } from "./rules/caseload-flags.ts";
import { stageStatusSchema } from "./rules/stage-status.ts";

/** Input and output shapes of the coach's caseload: one row per teacher, and one team's view. */

export const caseloadTeamInputSchema = z.object({ teamId: idSchema });

const teamRefSchema = z.object({ id: idSchema, name: z.string() });

/** A teacher's current stage in one program (domain rules/current-stage), with its progress. */
const caseloadProgramStageSchema = z.object({
  programId: idSchema,
  programTitle: z.string(),
  stage: z.object({ position: z.number().int(), title: z.string() }),
  status: stageStatusSchema,
  sessionsCompleted: z.number().int(),
  sessionsTotal: z.number().int(),
});
export type CaseloadProgramStage = z.infer<typeof caseloadProgramStageSchema>;

const caseloadRowSchema = z.object({
  personId: idSchema,
  displayName: z.string(),
  /** The coach's teams this teacher is in. */
  teams: z.array(teamRefSchema),
  /** The school of the teacher's (first) team. */
  schoolName: z.string(),
  /** The highest stage the teacher is enrolled in; null when not enrolled. */
  stage: z.object({ position: z.number().int(), title: z.string() }).nullable(),
  status: stageStatusSchema.nullable(),
  /**
   * Where the district runs several programs, her current stage in each program she is in, in
   * program order; empty where it runs one (then `stage` says it all).
   */
  programs: z.array(caseloadProgramStageSchema),
  sessionsCompleted: z.number().int(),
  sessionsTotal: z.number().int(),
  /** Steps of the action plan for the current stage. */
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  /** The last support meeting that took place with the teacher present. */
  lastMeetingAt: z.date().nullable(),
  flags: z.array(caseloadFlagSchema),
});
export type CaseloadRow = z.infer<typeof caseloadRowSchema>;

export const caseloadSchema = z.object({
  teams: z.array(teamRefSchema.extend({ schoolName: z.string() })),
  rows: z.array(caseloadRowSchema),
});
export type Caseload = z.infer<typeof caseloadSchema>;

const teamMeetingSchema = z.object({
  id: idSchema,
  startsAt: z.date(),
  title: z.string(),
  status: meetingStatusSchema,
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
});
export type TeamMeeting = z.infer<typeof teamMeetingSchema>;

export const teamCaseloadSchema = z.object({
  team: z.object({
    id: idSchema,
    name: z.string(),
    schoolName: z.string(),
    facilitatorName: z.string().nullable(),
  }),
  members: z.array(caseloadRowSchema),
  /** Past meetings, newest first, with attendance counts of current members. */
  meetings: z.array(teamMeetingSchema),
  /** Meetings that took place (past, not cancelled). */
  meetingsHeld: z.number().int(),
  /** present / (members × meetings held); null when nothing was held or nobody is a member. */
  attendanceRate: z.number().nullable(),
});
export type TeamCaseload = z.infer<typeof teamCaseloadSchema>;
