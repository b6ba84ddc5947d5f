import type { RouterOutputs } from "@throughline/api/types";

export type MyMeetings = RouterOutputs["meetings"]["upcomingForMe"];
export type MemberMeeting = MyMeetings["upcoming"][number];
export type PastMeeting = MyMeetings["past"][number];
