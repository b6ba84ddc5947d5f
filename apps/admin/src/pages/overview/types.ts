import type { RouterOutputs } from "@throughline/api/types";

export type Overview = RouterOutputs["admin"]["overview"];
export type OverviewFigures = Overview["figures"][number];
export type AttentionSchool = Overview["attention"][number];
