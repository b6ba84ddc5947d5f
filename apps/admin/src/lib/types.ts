import type { RouterOutputs } from "@throughline/api/types";

export type AdminHome = RouterOutputs["admin"]["home"];
export type School = AdminHome["schools"][number];
export type Stage = AdminHome["stages"][number];
