import type { RouterOutputs } from "@throughline/api/types";

export type ManagedCohort = RouterOutputs["workshop"]["cohorts"][number];
export type CohortWorkshop = RouterOutputs["workshop"]["forCohort"];
