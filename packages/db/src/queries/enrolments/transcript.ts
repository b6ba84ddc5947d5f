import { coachingInteractionKindLabels } from "@throughline/domain/coaching-log";
import { namedWithProgram } from "@throughline/domain/rules/current-stage";
import type { PdActivityFact } from "@throughline/domain/transcript";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  awardedBadge,
  coachingInteraction,
  coachingInteractionTeacher,
  cohort,
  credentialVersion,
  district,
  enrolment,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  person,
  stage,
  supportMeeting,
} from "../../schema/index.ts";
import { attendedCatalogueEvents } from "../catalogue/attended-events.ts";
import { programLabelOf } from "../framework/program-label.ts";
import {
  attendedWorkshopOf,
  completedSessionOf,
  presentAtClosedMeeting,
} from "../sql/finished-pd.ts";
import { meetingHeldAt } from "../sql/meeting-held-at.ts";
import {
  cohortOfEnrolment,
  meetingOfAttendance,
  sessionOfProgress,
  stageOfCohort,
  stageOfSession,
  tenantJoin,
  versionOfBadge,
} from "../sql/same-district-joins.ts";

/**
 * Everything that counts toward a teacher's PD hours, oldest first, across school years:
 * workshops attended (the cohort's workshop length, in the cohort's school year), MicroPD
 * sessions completed (the minutes credited at completion; rows from before credited minutes
 * existed fall back to the session's estimate) and closed support meetings they were present at
 * (the minutes the meeting was held), badges, and — when the district counts coaching as PD —
 * the coaching interactions a coach logged with them (kind, day, minutes, coach; never the note),
 * and the catalogue's live sessions and workshops marked attended (counted as workshops).
 * Where the district runs more than one program, a workshop or session names its program.
 */
export async function listPdActivities(
  tx: Transaction,
  params: { personId: string },
): Promise<PdActivityFact[]> {
  const [workshops, sessions, meetings, badges, coaching, electiveEvents] = await Promise.all([
    tx
      .select({
        // A workshop with no date yet counts from the day the teacher joined the cohort.
        date: sql<Date>`coalesce(${cohort.workshopStartsAt}, ${enrolment.enrolledAt})`.mapWith(
          cohort.workshopStartsAt,
        ),
        stagePosition: stage.position,
        stageTitle: stage.title,
        programLabel: programLabelOf,
        minutes: cohort.workshopMinutes,
        schoolYear: cohort.schoolYear,
      })
      .from(enrolment)
      .innerJoin(cohort, cohortOfEnrolment)
      .innerJoin(stage, stageOfCohort)
      .where(and(...attendedWorkshopOf(params.personId))),
    tx
      .select({
        date: micropdProgress.completedAt,
        title: micropdSession.title,
        programLabel: programLabelOf,
        minutes:
          sql<number>`coalesce(${micropdProgress.creditedMinutes}, ${micropdSession.estimatedMinutes})`.mapWith(
            Number,
          ),
      })
      .from(micropdProgress)
      .innerJoin(micropdSession, sessionOfProgress)
      .innerJoin(stage, stageOfSession)
      .where(and(...completedSessionOf(params.personId))),
    tx
      .select({
        // Credit carries the day the meeting was held (started), not the day it was scheduled.
        date: meetingHeldAt().mapWith(supportMeeting.startsAt),
        title: supportMeeting.title,
        minutes:
          // The minutes recorded at closing; meetings closed before that was recorded count
          // their scheduled length.
          sql<number>`coalesce(${supportMeeting.heldMinutes}, round(extract(epoch from ${supportMeeting.endsAt} - ${supportMeeting.startsAt}) / 60))`.mapWith(
            Number,
          ),
      })
      .from(meetingAttendance)
      .innerJoin(supportMeeting, meetingOfAttendance)
      .where(and(...presentAtClosedMeeting(params.personId))),
    tx
      .select({
        date: awardedBadge.awardedAt,
        name: credentialVersion.name,
        minutes: awardedBadge.pdMinutes,
      })
      .from(awardedBadge)
      .innerJoin(credentialVersion, versionOfBadge)
      .where(and(eq(awardedBadge.personId, params.personId), isNull(awardedBadge.revokedAt))),
    tx
      .select({
        day: coachingInteraction.occurredOn,
        kind: coachingInteraction.kind,
        minutes: coachingInteraction.minutes,
        coachName: person.displayName,
      })
      .from(coachingInteractionTeacher)
      .innerJoin(
        coachingInteraction,
        tenantJoin(
          coachingInteraction,
          coachingInteractionTeacher,
          coachingInteractionTeacher.interactionId,
        ),
      )
      .innerJoin(district, eq(district.id, coachingInteraction.districtId))
      .innerJoin(person, tenantJoin(person, coachingInteraction, coachingInteraction.coachId))
      .where(
        and(
          eq(coachingInteractionTeacher.teacherId, params.personId),
          eq(district.coachingCountsAsPd, true),
        ),
      ),
    attendedCatalogueEvents(tx, params.personId),
  ]);

  // The year of a session, meeting or badge is read from its local day (`pdActivitiesIn`).
  const activities: PdActivityFact[] = [
    ...workshops.map((row) => ({
      date: row.date,
      kind: "workshop" as const,
      title: namedWithProgram(
        row.programLabel,
        `Stage ${row.stagePosition} workshop: ${row.stageTitle}`,
      ),
      minutes: row.minutes,
      schoolYear: row.schoolYear,
    })),
    ...sessions.flatMap((row) =>
      row.date
        ? [
            {
              date: row.date,
              kind: "micropd" as const,
              title: namedWithProgram(row.programLabel, row.title),
              minutes: row.minutes,
              schoolYear: null,
            },
          ]
        : [],
    ),
    ...meetings.map((row) => ({
      date: row.date,
      kind: "support_meeting" as const,
      title: row.title,
      minutes: Math.max(0, row.minutes),
      schoolYear: null,
    })),
    ...badges.map((row) => ({
      date: row.date,
      kind: "micro_credential" as const,
      title: `Micro-credential: ${row.name}`,
      minutes: row.minutes,
      schoolYear: null,
    })),
    ...coaching.map((row) => ({
      // Logged as a calendar day: dated at its noon UTC for ordering, read by its day.
      date: new Date(`${row.day}T12:00:00Z`),
      day: row.day,
      kind: "coaching" as const,
      title: `${coachingInteractionKindLabels[row.kind]} with ${row.coachName}`,
      minutes: row.minutes,
      schoolYear: null,
    })),
  ];
  return [...activities, ...electiveEvents].sort((a, b) => a.date.getTime() - b.date.getTime());
}
