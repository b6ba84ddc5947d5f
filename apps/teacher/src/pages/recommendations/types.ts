import type { RouterOutputs } from "@throughline/api/types";

export type Recommendation = RouterOutputs["recommendations"]["mine"][number];
