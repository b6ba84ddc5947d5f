import type { RouterOutputs } from "@throughline/api/types";

export type SessionView = RouterOutputs["micropd"]["session"];
export type Block = SessionView["blocks"][number];
export type NextSession = SessionView["next"];
export type CompleteResult = RouterOutputs["micropd"]["complete"];
