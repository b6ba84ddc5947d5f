import type { RouterOutputs } from "@throughline/api/types";

export type ReviewersOverview = RouterOutputs["credentialAdmin"]["reviewers"];
export type CredentialReviewers = ReviewersOverview["credentials"][number];
export type ReviewSettings = RouterOutputs["credentialAdmin"]["reviewSettings"];
