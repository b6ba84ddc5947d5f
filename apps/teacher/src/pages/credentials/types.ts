import type { RouterOutputs } from "@throughline/api/types";

export type CredentialSummary = RouterOutputs["credentials"]["list"][number];
export type CredentialDetail = RouterOutputs["credentials"]["detail"];
export type SubmissionPage = RouterOutputs["credentials"]["submission"];
export type Attempt = SubmissionPage["attempts"][number];
export type LatestAttempt = NonNullable<SubmissionPage["latest"]>;
export type EvidenceItem = LatestAttempt["evidence"][number];
export type PlanFile = SubmissionPage["planFiles"][number];
export type Definition = LatestAttempt["definition"];
export type Requirement = Definition["requirements"][number];
