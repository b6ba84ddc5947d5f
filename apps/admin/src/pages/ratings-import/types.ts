import type { RouterOutputs } from "@throughline/api/types";

export type RatingsPreview = RouterOutputs["ratingsImport"]["preview"];
export type RatingsImportResult = RouterOutputs["ratingsImport"]["importFile"];
