import type { RouterOutputs } from "@throughline/api/types";

export type CohortRow = RouterOutputs["cohortAdmin"]["list"][number];
export type CohortDetail = RouterOutputs["cohortAdmin"]["detail"];
export type FormOptions = RouterOutputs["cohortAdmin"]["formOptions"];
export type Candidate = RouterOutputs["cohortAdmin"]["candidates"][number];
export type EnrolResult = RouterOutputs["cohortAdmin"]["enrol"];
