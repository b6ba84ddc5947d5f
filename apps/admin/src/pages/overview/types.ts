import type { RouterOutputs } from "@throughline/api/types";

export type Overview = RouterOutputs["admin"]["overview"];
export type OverviewFigures = Overview["figures"][number];
export type Attention = Overview["attention"];
export type AttentionSchool = Extract<Attention, { kind: "named" }>["schools"][number];
export type RankedAttention = Extract<Attention, { kind: "ranked" }>;
export type SchoolCounts = RankedAttention["ranked"][number];
