import type { RouterOutputs } from "@throughline/api/types";

export type SharedObservation = RouterOutputs["observations"]["sharedWithMe"][number];
export type RecordedObservation = RouterOutputs["observations"]["recorded"][number];
