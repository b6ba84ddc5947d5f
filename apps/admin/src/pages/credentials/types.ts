import type { RouterOutputs } from "@throughline/api/types";

export type CredentialList = RouterOutputs["credentialAdmin"]["list"];
export type CredentialDetail = RouterOutputs["credentialAdmin"]["get"];
export type CredentialOptions = RouterOutputs["credentialAdmin"]["options"];
export type AwardedBadge = RouterOutputs["credentialAdmin"]["awardedBadges"][number];
