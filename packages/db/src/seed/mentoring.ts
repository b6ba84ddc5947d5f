import { randomUUID } from "node:crypto";
import { addDaysToDay, localDay } from "@throughline/domain/local-time";
import type { DistrictRows, TenantRows } from "./rows.ts";
import type { SchoolCalendar } from "./school-calendar.ts";

/*
 * Mentoring: the induction checklist every district starts with (migration 0041 gave the same
 * items to the districts that existed before it), and the demo's one mentoring relationship.
 */

/** The default checklist for a new teacher's first term; a district edits its own. */
export const defaultInductionChecklist = [
  {
    title: "Meet your mentor",
    description:
      "Sit down together in your first week: when you will meet, how to reach each other, and what you want from this year.",
    dueWithinWeeks: 1,
  },
  {
    title: "Meet the people you will need",
    description:
      "The front office, your grade or department lead, the counsellor and the special education lead: who to ask for what.",
    dueWithinWeeks: 2,
  },
  {
    title: "Classroom management plan",
    description:
      "Write your routines and expectations and how you will teach them in the first weeks; talk them through with your mentor.",
    dueWithinWeeks: 3,
  },
  {
    title: "Plan a lesson with your mentor",
    description:
      "Plan one Learning-Focused lesson together, from the standard and the essential question to the closing summary.",
    dueWithinWeeks: 4,
  },
  {
    title: "Observe your mentor teach",
    description:
      "Watch one of your mentor's lessons with a look-for you choose together, then talk about what you saw.",
    dueWithinWeeks: 6,
  },
  {
    title: "First observation debrief",
    description:
      "After your first coaching observation, go through it with your mentor and choose one next step.",
    dueWithinWeeks: 8,
  },
  {
    title: "Set your goal for the year",
    description:
      "Write the goal of your action plan with your mentor, tied to an indicator of the framework.",
    dueWithinWeeks: 10,
  },
] as const;

/** Adds the default checklist to a district's rows; answers the item ids in order. */
export function addDefaultInductionChecklist(rows: TenantRows, districtId: string): string[] {
  return defaultInductionChecklist.map((item, index) => {
    const id = randomUUID();
    rows.inductionChecklistItems.push({ districtId, id, position: index + 1, ...item });
    return id;
  });
}

/**
 * The demo's mentoring: the teacher leader mentors a teacher new this year, started five weeks
 * ago, with two conversations logged and the first three checklist items ticked.
 */
export function seedMentoring(
  rows: DistrictRows,
  input: {
    now: Date;
    calendar: SchoolCalendar;
    mentorId: string;
    menteeId: string;
    assignedById: string;
  },
): void {
  const districtId = rows.district.id;
  const tenant = rows.tenant;
  const today = localDay(input.now, input.calendar.timeZone);
  const schoolDay = (daysAgo: number) => {
    let day = addDaysToDay(today, -daysAgo);
    while (!input.calendar.isSchoolDay(day)) day = addDaysToDay(day, -1);
    return day;
  };
  const startedOn = schoolDay(35);
  const assignmentId = randomUUID();
  tenant.mentorAssignments.push({
    districtId,
    id: assignmentId,
    mentorId: input.mentorId,
    menteeId: input.menteeId,
    startedOn,
    assignedById: input.assignedById,
  });
  tenant.mentoringConversations.push(
    {
      districtId,
      id: randomUUID(),
      assignmentId,
      heldOn: startedOn,
      topic: "Getting started: routines for the first weeks",
      sharedNotes:
        "We walked through the morning routine and the line-up. Hannah will teach the routines explicitly for the first two weeks and practise transitions.",
      privateNotes: "Hannah seems anxious about parent emails: offer to look at the first ones.",
      nextSteps: "Draft the classroom management plan and bring it next week.",
    },
    {
      districtId,
      id: randomUUID(),
      assignmentId,
      heldOn: schoolDay(14),
      topic: "Planning a Learning-Focused lesson together",
      sharedNotes:
        "Planned Thursday's reading lesson backward from the standard; the essential question is on the board and the summary is a partner retell.",
      privateNotes: null,
      nextSteps: "Teach the lesson and note where students got stuck.",
    },
  );
  const itemIds = tenant.inductionChecklistItems.flatMap((item) => (item.id ? [item.id] : []));
  itemIds.slice(0, 3).forEach((itemId, index) => {
    tenant.inductionChecklistCompletions.push({
      districtId,
      id: randomUUID(),
      itemId,
      menteeId: input.menteeId,
      completedOn: schoolDay(35 - index * 7),
      tickedById: index === 2 ? input.menteeId : input.mentorId,
    });
  });
}
