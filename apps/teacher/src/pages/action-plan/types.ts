import type { RouterOutputs } from "@throughline/api/types";

export type MyPlan = RouterOutputs["actionPlan"]["mine"];
export type Plan = NonNullable<MyPlan["plan"]>;
export type Step = Plan["steps"][number];
export type EvidenceFile = Step["files"][number];
export type PlanComment = Plan["comments"][number];
export type IndicatorOption = MyPlan["indicators"][number];
export type HistoryEntry = RouterOutputs["actionPlan"]["history"][number];
export type Attention = RouterOutputs["actionPlan"]["attention"];
