import type { RouterOutputs } from "@throughline/api/types";

export type MyExternalPdRequest = RouterOutputs["externalPd"]["mine"][number];
