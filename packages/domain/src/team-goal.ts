import { z } from "zod";
import type { ActionStepStatus } from "./enums.ts";
import { fieldIssue } from "./field-issue.ts";
import { calendarDateSchema, idSchema, requiredText } from "./ids.ts";
import type { GoalStatus } from "./rules/team-goal-progress.ts";
import { type ClassResult, type TeamGoalUnit, teamGoalUnitSchema } from "./team-goal-measure.ts";
import { textRule } from "./text.ts";

/*
 * A team's goal on a shared student-learning problem: what the team sets, what a facilitator
 * records at a checkpoint, and what every screen reads back.
 */

const measureValueSchema = z
  .number({ error: "Enter a number" })
  .min(0, "The measure cannot be below 0")
  .max(100_000, "The measure must be 100,000 or less");

const teamGoalInputSchema = z
  .object({
    problem: requiredText({
      missing: "Describe the problem the team is working on",
      label: "The problem",
      max: 500,
    }),
    measure: requiredText({
      missing: "Say how student learning will be measured",
      label: "The measure",
      max: 300,
    }),
    unit: teamGoalUnitSchema,
    baselineValue: measureValueSchema,
    targetValue: measureValueSchema,
    startsOn: calendarDateSchema,
    targetOn: calendarDateSchema,
    indicatorIds: z.array(idSchema).max(12, "Choose at most 12 indicators"),
    sessionIds: z.array(idSchema).max(12, "Choose at most 12 sessions"),
    checkpointDates: z
      .array(calendarDateSchema)
      .min(1, "Plan at least one checkpoint")
      .max(12, "Plan at most 12 checkpoints"),
  })
  .superRefine((goal, ctx) => {
    if (goal.targetOn <= goal.startsOn) {
      fieldIssue(ctx, ["targetOn"], "The target date must be after the start date");
    }
    if (goal.unit === "percent") {
      for (const key of ["baselineValue", "targetValue"] as const) {
        if (goal[key] > 100) fieldIssue(ctx, [key], "A percentage is at most 100");
      }
    }
    if (goal.targetValue === goal.baselineValue) {
      fieldIssue(ctx, ["targetValue"], "The target must differ from the baseline");
    }
    goal.checkpointDates.forEach((day, index) => {
      if (day <= goal.startsOn || day > goal.targetOn) {
        fieldIssue(
          ctx,
          ["checkpointDates", index],
          "A checkpoint falls after the start date and no later than the target date",
        );
      }
    });
    if (new Set(goal.checkpointDates).size !== goal.checkpointDates.length) {
      fieldIssue(ctx, ["checkpointDates"], "Two checkpoints share a date");
    }
  });
export type TeamGoalInput = z.infer<typeof teamGoalInputSchema>;

export const createTeamGoalInputSchema = z.object({ teamId: idSchema, goal: teamGoalInputSchema });
export const updateTeamGoalInputSchema = z.object({ goalId: idSchema, goal: teamGoalInputSchema });
export const teamGoalsForTeamInputSchema = z.object({ teamId: idSchema });
export const teamGoalsForMeetingInputSchema = z.object({ meetingId: idSchema });

/** Largest results file: a school's classes fit many times over. */
const MAXIMUM_CLASS_RESULTS_CSV_CHARACTERS = 200_000;

/** The measure at a checkpoint: typed as one number, or a CSV of results per class. */
export const recordCheckpointInputSchema = z.object({
  checkpointId: idSchema,
  measure: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("value"), value: measureValueSchema }),
    z.object({
      kind: z.literal("csv"),
      csv: z
        .string({ error: "Choose a CSV file" })
        .check(textRule({ label: "The file" }))
        .max(MAXIMUM_CLASS_RESULTS_CSV_CHARACTERS, "The file is larger than 200 KB")
        .refine(
          (text) => text.trim() !== "",
          "The file is empty. Choose a CSV file of class results.",
        ),
    }),
  ]),
  note: z
    .string({ error: "The note must be text" })
    .check(textRule({ label: "The note" }))
    .trim()
    .max(1000, "The note must be 1,000 characters or fewer")
    .default(""),
});

export const goalListFilterSchema = z.object({ schoolId: idSchema.nullable().default(null) });

export interface TeamGoalWorkSample {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  description: string;
}

export interface TeamGoalCheckpoint {
  id: string;
  plannedOn: string;
  measureValue: number | null;
  classResults: ClassResult[] | null;
  note: string;
  recordedByName: string | null;
  recordedAt: Date | null;
  workSamples: TeamGoalWorkSample[];
}

export interface TeamGoalProgressView {
  status: GoalStatus;
  latestValue: number | null;
  latestOn: string | null;
  expectedValue: number | null;
}

export interface TeamGoal {
  id: string;
  teamId: string;
  problem: string;
  measure: string;
  unit: TeamGoalUnit;
  baselineValue: number;
  targetValue: number;
  startsOn: string;
  targetOn: string;
  indicators: { id: string; code: string; name: string }[];
  sessions: { id: string; title: string }[];
  checkpoints: TeamGoalCheckpoint[];
  progress: TeamGoalProgressView;
}

/** A commitment tied to a goal: an action step a teacher agreed to at the team's meeting. */
export interface TeamGoalCommitment {
  id: string;
  planId: string;
  ownerName: string;
  description: string;
  status: ActionStepStatus;
  dueOn: string | null;
}

/**
 * The commitments tied to a goal: how many there are, and those on action plans the viewer may
 * read (a plan's owner, their coaches, and teammates when the plan is shared with the team).
 */
export interface TeamGoalCommitments {
  total: number;
  readable: TeamGoalCommitment[];
}

/** "68%", "72.5 points", "34 students". */
export function formatMeasure(unit: TeamGoalUnit, value: number): string {
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (unit === "percent") return `${number}%`;
  if (unit === "score") return `${number} points`;
  return `${number} ${value === 1 ? "student" : "students"}`;
}
