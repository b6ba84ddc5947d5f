import type { RouterInputs, RouterOutputs } from "@throughline/api/types";

export type RosterReview = RouterOutputs["rosterImport"]["preview"];
export type RosterImportResult = RouterOutputs["rosterImport"]["importFiles"];
export type RosterUpload = RouterInputs["rosterImport"]["preview"]["files"];
