import type { RouterOutputs } from "@throughline/api/types";

export type StartOptions = RouterOutputs["observations"]["startOptions"];
export type FrameworkIndicator = StartOptions["indicators"][number];
export type ObservationDetail = RouterOutputs["observations"]["detail"];
export type ScaleLevel = ObservationDetail["scale"][number];
