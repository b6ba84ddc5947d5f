import type { RouterOutputs } from "@throughline/api/types";

export type TeamProfile = RouterOutputs["teamFocus"]["profile"];
