import { randomUUID } from "node:crypto";
import type { WillUse } from "@throughline/domain/session-feedback";
import type { sessionFeedback } from "../schema/index.ts";
import type { DistrictRows } from "./rows.ts";
import type { SchoolCalendar } from "./school-calendar.ts";

/**
 * The demo's session feedback, so a framework author's page shows figures: most teachers who
 * completed a session answered its pulse (a few skipped), minutes are recorded from opening to
 * completing, and "Writing Essential Questions Students Can Answer" (stage 1, session 3) is rated
 * low often enough to be flagged for revision. Some comments are written where enough teachers
 * responded. The demo teacher's own pulses are left unanswered, so her home asks about them.
 * Workshop attendees answered their workshop's pulse too.
 */

const demoTeacherEmail = "teacher@maplevalley.test";

/** The session demo teachers found least useful: stage position, session position. */
const lowRated = { stage: 1, session: 3 };

const usualRatings = [4, 3, 3, 4, 2, 3, 4, 3];
const lowRatings = [1, 2, 2, 1, 3, 2, 1, 2];

const commentsByRating: Record<number, string[]> = {
  1: [
    "The examples were for high school; I teach second grade and could not use them.",
    "Too much reading before anything I could try.",
  ],
  2: [
    "The video was helpful but the task did not fit my schedule this week.",
    "I needed an example in math, not only ELA.",
  ],
  3: [
    "Good reminder. I'll try the exit-ticket version on Thursday.",
    "Clear and short; the strategy card is on my desk now.",
  ],
  4: [
    "Used it the next morning and students asked better questions.",
    "The best session so far: practical and quick.",
  ],
};

function willUseFor(rating: number, index: number): WillUse {
  if (rating >= 4) return "yes";
  if (rating === 3) return index % 2 === 0 ? "yes" : "not_yet";
  return rating === 2 ? "not_yet" : "no";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo teacher's last finished session is at most a few days old, so her home always has a
 * pulse to ask about: her sessions come out every two weeks, the same as how long the home keeps
 * asking, so without this the list was empty on some days of the fortnight.
 */
function keepDemoTeacherRecent(
  rows: DistrictRows,
  params: { personId: string; now: Date; calendar: SchoolCalendar },
): void {
  const finished = rows.tenant.progress
    .filter((progress) => progress.personId === params.personId && progress.completedAt)
    .sort((a, b) => (a.completedAt?.getTime() ?? 0) - (b.completedAt?.getTime() ?? 0));
  const target = finished.at(-1);
  const previousDone = finished.at(-2)?.completedAt ?? null;
  // Three days ago, moved back to a school day at an hour a teacher is awake.
  const recent = params.calendar.plausibleMoment(
    new Date(params.now.getTime() - 3 * DAY_MS),
    params.now,
  );
  if (!target?.completedAt || target.completedAt.getTime() >= recent.getTime()) return;
  // Still after the session she finished before it, and before the one she is part-way
  // through (opened two days ago).
  if (previousDone && previousDone.getTime() >= recent.getTime()) return;
  target.completedAt = recent;
}

export function seedSessionFeedback(
  rows: DistrictRows,
  when: { now: Date; calendar: SchoolCalendar },
): void {
  const tenant = rows.tenant;
  const districtId = rows.district.id;
  const demoTeacher = tenant.persons.find((person) => person.email === demoTeacherEmail);
  if (demoTeacher?.id) keepDemoTeacherRecent(rows, { personId: demoTeacher.id, ...when });
  const stagePosition = new Map(tenant.stages.map((row) => [row.id, row.position]));
  const sessions = new Map(tenant.sessions.map((row) => [row.id, row]));
  const feedback: (typeof sessionFeedback.$inferInsert)[] = [];
  const answeredPerSession = new Map<string, number>();

  tenant.progress.forEach((progress, index) => {
    const session = sessions.get(progress.sessionId);
    if (!progress.completedAt || !session || progress.personId === demoTeacher?.id) return;
    // Opened and completed in one sitting, a little over or under the session's estimate.
    const minutes = session.estimatedMinutes + (index % 7) - 3;
    progress.createdAt = new Date(progress.completedAt.getTime() - minutes * 60_000);
    // One in four did not get to the pulse; one in nine skipped it.
    if (index % 4 === 3) return;
    const base = {
      districtId,
      id: randomUUID(),
      itemKind: "micropd_session" as const,
      itemId: progress.sessionId,
      personId: progress.personId,
      createdAt: progress.completedAt,
    };
    if (index % 9 === 5) {
      feedback.push({ ...base, skippedAt: progress.completedAt });
      return;
    }
    const nth = answeredPerSession.get(progress.sessionId) ?? 0;
    answeredPerSession.set(progress.sessionId, nth + 1);
    const low =
      stagePosition.get(session.stageId) === lowRated.stage &&
      session.position === lowRated.session;
    const ratings = low ? lowRatings : usualRatings;
    const rating = ratings[nth % ratings.length] ?? 3;
    const bank = commentsByRating[rating] ?? [];
    feedback.push({
      ...base,
      usefulness: rating,
      willUse: willUseFor(rating, nth),
      // Every other answer has a comment, so sessions with enough responses show some.
      comment: nth % 2 === 0 ? (bank[(nth / 2) % bank.length] ?? null) : null,
    });
  });

  tenant.enrolments.forEach((enrolment, index) => {
    if (!enrolment.workshopAttended || enrolment.personId === demoTeacher?.id) return;
    if (index % 3 === 2) return;
    const rating = usualRatings[index % usualRatings.length] ?? 3;
    feedback.push({
      districtId,
      id: randomUUID(),
      itemKind: "workshop",
      itemId: enrolment.cohortId,
      personId: enrolment.personId,
      usefulness: rating,
      willUse: willUseFor(rating, index),
    });
  });

  tenant.sessionFeedback.push(...feedback);
}
