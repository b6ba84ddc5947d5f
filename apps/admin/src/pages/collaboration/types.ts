import type { RouterOutputs } from "@throughline/api/types";

export type CollaborationWeek = RouterOutputs["collaboration"]["week"];
export type WeekBlock = CollaborationWeek["blocks"][number];
export type FreeCount = CollaborationWeek["freeCounts"][number];
export type PlanningTeam = RouterOutputs["collaboration"]["teams"][number];
export type ProposedWindow = RouterOutputs["collaboration"]["findTime"]["windows"][number];
