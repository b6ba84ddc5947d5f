import type { Attendance } from "@throughline/domain/enums";
import type { DistrictBuilder } from "./district-builder.ts";

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
 * A team's support meetings after school: those held (closed, with attendance) and the next two
 * scheduled. Each member is present at as many held meetings as `attended` says, so the
 * meetings a teacher's stage status counts match their journey; the presences are spread so
 * every held meeting had people in the room, and a team whose members attended fewer meetings
 * than there are held fewer. Each team meets on its own day and time (its slot), on school
 * days in the district's time zone. Returns the first meeting's id.
 */
export function teamMeetings(
  builder: DistrictBuilder,
  input: {
    teamId: string;
    now: Date;
    location: string;
    videoUrl: string | null;
    members: { personId: string; attended: number }[];
    meetsDuring?: { weekday: number; startMinute: number };
  },
): string {
  const slot = builder.nextMeetingSlot();
  const block = input.meetsDuring;
  // Teams meet on different days, each at its own time from 3:00 PM, after the last bell; a
  // team with a protected block meets in it, so its minutes count as block time used.
  const at = (days: number) =>
    block
      ? builder.calendar.weekdayAt(input.now, days, block.weekday, block.startMinute)
      : builder.calendar.schoolDayAt(input.now, days - (slot % 3), 15, 10 * slot);
  const presences = input.members.reduce((total, member) => total + member.attended, 0);
  const held = pastMeetings.slice(0, Math.max(1, Math.min(pastMeetings.length, presences)));
  const present = spreadPresence(
    input.members.map((member) => member.attended),
    held.length,
  );
  const ids = held.map((meeting, index) =>
    builder.meeting({
      teamId: input.teamId,
      title: meeting.title,
      startsAt: at(-meeting.daysAgo),
      minutes: 45,
      location: input.location,
      videoUrl: input.videoUrl,
      status: "closed",
      protocol: meeting.protocol,
      notes: meeting.notes,
      attendance: input.members.map(({ personId }, memberIndex) => ({
        personId,
        attendance: present[memberIndex]?.has(index) ? "present" : absenceAt(index, memberIndex),
      })),
    }),
  );
  const next = at(5);
  // A break can push both coming meetings onto the first day back: the later one waits a day.
  let after = at(19);
  for (let days = 20; after.getTime() <= next.getTime(); days++) after = at(days);
  builder.meeting({
    teamId: input.teamId,
    title: "Planning together: next unit's essential questions",
    startsAt: next,
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
    startsAt: after,
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

/**
 * Which held meetings (by index) each member was present at: each member at as many as
 * `attended` says, the most attended first and each at the meetings with fewest people so far
 * (the later meeting on a tie), so no held meeting stands empty while presences remain.
 */
function spreadPresence(attended: number[], meetings: number): Set<number>[] {
  const count = Array.from({ length: meetings }, () => 0);
  const present = attended.map(() => new Set<number>());
  const order = attended
    .map((_, index) => index)
    .sort((a, b) => (attended[b] ?? 0) - (attended[a] ?? 0));
  for (const member of order) {
    const chosen = count
      .map((people, meeting) => ({ people, meeting }))
      .sort((a, b) => a.people - b.people || b.meeting - a.meeting)
      .slice(0, Math.min(attended[member] ?? 0, meetings));
    for (const { meeting } of chosen) {
      count[meeting] = (count[meeting] ?? 0) + 1;
      present[member]?.add(meeting);
    }
  }
  return present;
}

function absenceAt(meetingIndex: number, memberIndex: number): Attendance {
  return (meetingIndex + memberIndex) % 2 === 0 ? "excused" : "absent";
}
