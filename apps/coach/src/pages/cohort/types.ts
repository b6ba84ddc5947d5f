import type { RouterOutputs } from "@throughline/api/types";

export type ManagedCohort = RouterOutputs["workshop"]["cohorts"][number];
export type CohortWorkshop = RouterOutputs["workshop"]["forCohort"];
export type RosterRow = CohortWorkshop["roster"][number];
export type ProgressionOutcome = RouterOutputs["progression"]["confirm"]["next"];
