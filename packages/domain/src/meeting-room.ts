import { z } from "zod";
import type { ActionStepStatus, Attendance, MeetingStatus } from "./enums.ts";
import { calendarDateSchema, idSchema, requiredText, wholeNumber } from "./ids.ts";
import type { ProtocolStep } from "./protocol.ts";
import { textRule } from "./text.ts";

/* Running a support meeting: the step on screen, shared and private notes, commitments,
 * the check-in on earlier commitments, and closing. */

/**
 * Starting the room. Before the meeting's scheduled day it starts only when the coach moves it
 * to now (`moveToNow`); the move is recorded.
 */
export const startMeetingInputSchema = z.object({
  meetingId: idSchema,
  moveToNow: z.boolean({ error: "Say whether to move the meeting to now" }).optional(),
});

export const setActiveItemInputSchema = z.object({ meetingId: idSchema, itemId: idSchema });

const notesText = z
  .string({ error: "Notes must be text" })
  .check(textRule({ label: "Notes" }))
  .max(20_000, "Notes must be 20,000 characters or fewer");

/**
 * Saving notes names the version the writer started from. When someone saved in between, nothing
 * is overwritten: the answer is a conflict carrying the other person's text.
 */
export const saveAgendaNotesInputSchema = z.object({
  meetingId: idSchema,
  itemId: idSchema,
  notes: notesText,
  baseVersion: wholeNumber("Version", 0),
});

export const savePrivateNoteInputSchema = z.object({
  meetingId: idSchema,
  body: notesText,
  baseVersion: wholeNumber("Version", 0),
});

export type NotesSaveResult =
  | { outcome: "saved"; version: number }
  | {
      outcome: "conflict";
      message: string;
      /** What is stored now, written by someone else since the writer's version. */
      theirs: { text: string; version: number; byName: string | null; at: Date | null };
    };

/**
 * The goal of a plan started by a commitment (the teacher had none for the stage yet); the plan
 * page recognises it and still asks the teacher to write their own goal.
 */
export const commitmentPlanGoal = "Commitments from team meetings";

/** "Who will do what by when": becomes a step on that teacher's action plan. */
export const addCommitmentInputSchema = z.object({
  meetingId: idSchema,
  personId: idSchema,
  description: requiredText({ missing: "Say what they will do", label: "Commitment", max: 500 }),
  dueOn: calendarDateSchema,
  /** The team goal the commitment serves, if the team ties it to one. */
  teamGoalId: idSchema.nullable().default(null),
});

/** The answers a check-in can give; each is also the step's new status. */
const checkInStatusSchema = z.enum(["done", "in_progress", "stuck"], {
  error: "Choose done, in progress or stuck",
});
export type CheckInStatus = z.infer<typeof checkInStatusSchema>;

export const checkInInputSchema = z.object({
  meetingId: idSchema,
  actionStepId: idSchema,
  status: checkInStatusSchema,
  note: z
    .string()
    .check(textRule({ label: "The note" }))
    .trim()
    .max(1000, "The note must be 1,000 characters or fewer")
    .nullable()
    .transform((value) => (value === "" ? null : value)),
});

export const closeMeetingInputSchema = z.object({
  meetingId: idSchema,
  heldMinutes: wholeNumber("Minutes held", 1).max(600, "A meeting can last at most 600 minutes"),
});

export interface AgendaItem extends ProtocolStep {
  protocolName: string | null;
  notes: string;
  notesVersion: number;
  notesUpdatedByName: string | null;
  notesUpdatedAt: Date | null;
}

export interface Commitment {
  actionStepId: string;
  personId: string;
  personName: string;
  description: string;
  dueOn: string | null;
  status: ActionStepStatus;
}

/** An open commitment from an earlier meeting of the team, and its answer at this meeting. */
export interface CheckInRow extends Commitment {
  fromMeetingId: string;
  fromMeetingTitle: string;
  fromMeetingStartsAt: Date;
  checkIn: { status: CheckInStatus; note: string | null } | null;
}

export interface MeetingMember {
  personId: string;
  displayName: string;
  attendance: Attendance | null;
}

/**
 * What a meeting is, for which team, when and where, and how far along: the room and the
 * calendar both start from it.
 */
export interface MeetingFacts {
  id: string;
  title: string;
  teamName: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
}

/** Everything the room shows. `privateNote` is present only for coaches. */
export interface MeetingRoom {
  meeting: MeetingFacts & {
    teamId: string;
    startedAt: Date | null;
    closedAt: Date | null;
    heldMinutes: number | null;
    activeItemId: string | null;
    activeItemStartedAt: Date | null;
  };
  /** The viewer may run it (the team's facilitator or a coach who sees the team). */
  canRun: boolean;
  agenda: AgendaItem[];
  members: MeetingMember[];
  commitments: Commitment[];
  checkIns: CheckInRow[];
  privateNote: { body: string; version: number } | null;
}

/**
 * What the team reads after a meeting: agenda with shared notes, commitments, attendance.
 * Never the private note. Before closing, the agenda comes without notes and nothing else.
 */
export interface MeetingSummary {
  meeting: MeetingRoom["meeting"];
  /** The viewer's own person id, to pick out their commitments. */
  viewerId: string;
  agenda: AgendaItem[];
  commitments: Commitment[];
  attendance: MeetingMember[];
}

/**
 * What a principal sees: that the meeting happened, its agenda's steps, who attended and how
 * many commitments were made; no notes of any kind and no commitment's text (those land on
 * action plans, which principals do not read).
 */
export interface MeetingRecord {
  meeting: Pick<
    MeetingRoom["meeting"],
    "id" | "title" | "teamId" | "teamName" | "startsAt" | "endsAt" | "status" | "heldMinutes"
  >;
  agenda: Pick<AgendaItem, "id" | "title" | "minutes" | "protocolName">[];
  attendance: MeetingMember[];
  commitmentsMade: number;
}
