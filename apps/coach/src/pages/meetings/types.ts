import type { RouterInputs, RouterOutputs } from "@throughline/api/types";

export type CoachMeeting = RouterOutputs["meetings"]["forCoach"]["upcoming"][number];
export type SchedulableTeam = RouterOutputs["meetings"]["schedulableTeams"][number];
export type Protocol = RouterOutputs["protocols"]["list"][number];
export type ScheduleInput = RouterInputs["meetings"]["schedule"];
export type ScheduleResult = RouterOutputs["meetings"]["schedule"];

/** What the list page shows after scheduling, passed in the navigation state. */
export interface MeetingsPageState {
  status?: string;
}
