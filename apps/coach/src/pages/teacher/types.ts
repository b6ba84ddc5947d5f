import type { RouterOutputs } from "@throughline/api/types";

export type CoachedTeacher = RouterOutputs["coaching"]["teacher"];
export type CoachedEnrolment = CoachedTeacher["enrolments"][number];
export type CompletedSession = CoachedTeacher["sessions"][number];
export type CoachPlanView = RouterOutputs["coaching"]["plan"];
export type Plan = CoachPlanView["plan"];
export type Step = Plan["steps"][number];
export type PlanComment = Plan["comments"][number];
