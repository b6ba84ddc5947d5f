import type { RouterOutputs } from "@throughline/api/types";

export type TeamCaseload = RouterOutputs["caseload"]["team"];
export type TeamMeeting = TeamCaseload["meetings"][number];
