import { microPdNudgeDue, microPdNudgeKey } from "@throughline/domain/rules/reminders";
import { inArray, max, ne, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { enrolment, micropdProgress, sessionRelease } from "../schema/index.ts";
import { notify } from "./notify.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { alreadyTold } from "./reminders-sent.ts";
import { currentEnrolment, loadEnrolmentProgress } from "./stage-progress.ts";

/**
 * The gentle MicroPD nudge for teachers behind their cohort's pace who have not opened a
 * session in a week; at most one a week each, and none during the district's school breaks.
 */
export async function nudgeMicroPd(tx: Transaction, context: ReminderContext): Promise<number> {
  const { now } = context;
  const enrolled = await tx
    .selectDistinct({ personId: enrolment.personId })
    .from(enrolment)
    .where(ne(enrolment.status, "withdrawn"));
  const weekKey = microPdNudgeKey(now, context.timeZone);
  const told = await alreadyTold(tx, [weekKey]);
  const personIds = enrolled
    .map((row) => row.personId)
    .filter((personId) => !told(personId, weekKey));
  if (personIds.length === 0) return 0;
  const progress = await loadEnrolmentProgress(tx, { personIds, now });
  const current = personIds
    .map((personId) => currentEnrolment(progress, personId))
    .filter((row) => row !== undefined);
  if (current.length === 0) return 0;
  const nowText = now.toISOString();
  const [facts, activity] = await Promise.all([
    tx
      .select({
        id: enrolment.id,
        enrolledAt: enrolment.enrolledAt,
        // Dated cohorts: sessions released by now that the teacher has not completed.
        releasedNotCompleted: sql<number>`(
          select count(*) from ${sessionRelease}
          where ${sessionRelease.districtId} = ${enrolment.districtId}
            and ${sessionRelease.cohortId} = ${enrolment.cohortId}
            and ${sessionRelease.releasesAt} <= ${nowText}::timestamptz
            and not exists (
              select 1 from ${micropdProgress}
              where ${micropdProgress.districtId} = ${sessionRelease.districtId}
                and ${micropdProgress.sessionId} = ${sessionRelease.sessionId}
                and ${micropdProgress.personId} = ${enrolment.personId}
                and ${micropdProgress.completedAt} is not null
            )
        )`.mapWith(Number),
      })
      .from(enrolment)
      .where(
        inArray(
          enrolment.id,
          current.map((row) => row.enrolmentId),
        ),
      ),
    // Starting, continuing or completing a session all touch its progress row.
    tx
      .select({ personId: micropdProgress.personId, lastAt: max(micropdProgress.updatedAt) })
      .from(micropdProgress)
      .where(inArray(micropdProgress.personId, personIds))
      .groupBy(micropdProgress.personId),
  ]);
  const factsById = new Map(facts.map((row) => [row.id, row]));
  const lastActivityOf = new Map(activity.map((row) => [row.personId, row.lastAt]));
  let written = 0;
  for (const row of current) {
    const fact = factsById.get(row.enrolmentId);
    if (!fact) continue;
    const due = microPdNudgeDue(
      {
        pace: {
          releaseMode: row.releaseMode,
          enrolledAt: fact.enrolledAt,
          sessionsTotal: row.sessionsTotal,
          sessionsCompleted: row.sessionsCompleted,
          releasedNotCompleted: fact.releasedNotCompleted,
        },
        lastActivityAt: lastActivityOf.get(row.personId) ?? null,
      },
      context,
    );
    if (!due) continue;
    written += await notify(
      tx,
      context.districtId,
      {
        recipientIds: [row.personId],
        kind: "micropd_nudge",
        title: `Ready for your next MicroPD session? Your ${row.cohortName} cohort is moving on`,
        body: `${row.stage.title}: ${row.sessionsCompleted} of ${row.sessionsTotal} sessions done. Pick up where you left off.`,
        link: { app: "teacher", path: `/stages/${row.stage.id}` },
        dedupeKey: due.dedupeKey,
      },
      now,
    );
  }
  return written;
}
