import type { RouterOutputs } from "@throughline/api/types";

export type Transcript = RouterOutputs["transcript"]["mine"];
export type PdActivity = Transcript["activities"][number];
export type PdHoursTotals = Transcript["totals"];
