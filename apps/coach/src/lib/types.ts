import type { RouterOutputs } from "@throughline/api/types";

export type CoachHome = RouterOutputs["coach"]["home"];
export type Team = CoachHome["teams"][number];
export type Member = Team["members"][number];
