import type { RouterOutputs } from "@throughline/api/types";

export type QueuedExternalPdRequest = RouterOutputs["externalPd"]["queue"][number];
