import type { RouterOutputs } from "@throughline/api/types";

/* The observation shapes the API answers, as the shared observation components take them. */
export type ObservationStartOptions = RouterOutputs["observations"]["startOptions"];
export type FrameworkIndicator = ObservationStartOptions["indicators"][number];
export type ObservationDetail = RouterOutputs["observations"]["detail"];
export type ObservationContent = NonNullable<ObservationDetail["content"]>;
export type ScaleLevel = ObservationDetail["scale"][number];
