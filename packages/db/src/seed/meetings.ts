import type { Attendance } from "@throughline/domain/enums";
import type { DistrictBuilder } from "./district-builder.ts";
import { addDays, atHour } from "./time.ts";

const pastMeetings = [
  {
    title: "Launch: norms and first action-plan goals",
    daysAgo: 49,
    protocol: "Reflection round",
    notes: [
      "Everyone wrote about a moment when students were unsure what the lesson was for.",
      "Agreed norms: start on time, phones away, every voice once before anyone speaks twice.",
      "Thread: students do better when the goal is visible all lesson. First plan goals drafted.",
    ],
  },
  {
    title: "Looking at student work: closing summaries",
    daysAgo: 28,
    protocol: "Looking at student work",
    notes: [
      "Six exit tickets from a fractions lesson; question: did the summary show the big idea?",
      "Most summaries restate the steps; two name why common denominators matter.",
      "Students can follow procedures but rarely say why. Summary prompts need a 'because'.",
      "Try sentence frames: 'Today I learned … because …'.",
      "Will add the frame to the exit ticket and bring six new samples.",
    ],
  },
  {
    title: "Action-plan check-in",
    daysAgo: 7,
    protocol: "Action-plan check-in",
    notes: [
      "Most first steps done; two in progress; one stuck on time for the closing summary.",
      "Idea for the stuck step: set a 5-minute timer before the bell and protect it.",
      "New steps recorded on each plan.",
    ],
  },
];

/**
 * A team's support meetings: three held (closed, with attendance) and the next two scheduled.
 * Each member is present at as many held meetings as `attended` says, so the meetings a
 * teacher's stage status counts match their journey. Returns the first meeting's id.
 */
export function teamMeetings(
  builder: DistrictBuilder,
  input: {
    teamId: string;
    now: Date;
    location: string;
    videoUrl: string | null;
    members: { personId: string; attended: number }[];
  },
): string {
  const ids = pastMeetings.map((meeting, index) =>
    builder.meeting({
      teamId: input.teamId,
      title: meeting.title,
      startsAt: atHour(addDays(input.now, -meeting.daysAgo), 20, 30),
      minutes: 45,
      location: input.location,
      videoUrl: input.videoUrl,
      status: "closed",
      protocol: meeting.protocol,
      notes: meeting.notes,
      attendance: input.members.map(({ personId, attended }, memberIndex) => ({
        personId,
        attendance: attendanceAt(index, attended, memberIndex),
      })),
    }),
  );
  builder.meeting({
    teamId: input.teamId,
    title: "Planning together: next unit's essential questions",
    startsAt: atHour(addDays(input.now, 5), 20, 30),
    minutes: 45,
    location: input.location,
    videoUrl: input.videoUrl,
    status: "scheduled",
    protocol: "Collaborative lesson planning",
    attendance: [],
  });
  builder.meeting({
    teamId: input.teamId,
    title: "Action-plan check-in",
    startsAt: atHour(addDays(input.now, 19), 20, 30),
    minutes: 45,
    location: input.location,
    videoUrl: input.videoUrl,
    status: "scheduled",
    protocol: "Action-plan check-in",
    attendance: [],
  });
  const [first] = ids;
  if (!first) throw new Error("A team needs at least one held meeting.");
  return first;
}

function attendanceAt(meetingIndex: number, attended: number, memberIndex: number): Attendance {
  if (meetingIndex < attended) return "present";
  return (meetingIndex + memberIndex) % 2 === 0 ? "excused" : "absent";
}
