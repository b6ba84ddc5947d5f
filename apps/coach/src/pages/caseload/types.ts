import type { RouterOutputs } from "@throughline/api/types";

export type Caseload = RouterOutputs["caseload"]["mine"];
export type CaseloadRow = Caseload["rows"][number];
export type CaseloadTeam = Caseload["teams"][number];
