import { microPdNudgeDue, microPdNudgeKey } from "@throughline/domain/rules/reminders";
import { max } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { enrolment, micropdProgress } from "../../schema/index.ts";
import { activeEnrolment } from "../enrolments/active-enrolment.ts";
import { loadEnrolmentPace } from "../enrolments/enrolment-pace.ts";
import { currentEnrolments, loadEnrolmentProgress } from "../enrolments/stage-progress.ts";
import { notify } from "../notifications/notify.ts";
import { anyId } from "../sql/any-id.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { alreadyTold } from "./reminders-sent.ts";

/**
 * The gentle MicroPD nudge for teachers behind their cohort's pace who have not opened a
 * session in a week; at most one a week each, and none during the district's school breaks.
 */
export async function nudgeMicroPd(tx: Transaction, context: ReminderContext): Promise<number> {
  const { now } = context;
  const enrolled = await tx
    .selectDistinct({ personId: enrolment.personId })
    .from(enrolment)
    .where(activeEnrolment);
  const weekKey = microPdNudgeKey(now, context.timeZone);
  const told = await alreadyTold(tx, [weekKey]);
  const personIds = enrolled
    .map((row) => row.personId)
    .filter((personId) => !told(personId, weekKey));
  if (personIds.length === 0) return 0;
  const progress = await loadEnrolmentProgress(tx, { personIds, now });
  // Her current stage in each program, first program first: the nudge names the first one
  // she is behind in, and she gets one nudge a week whatever the number of programs.
  const current = personIds.flatMap((personId) => currentEnrolments(progress, personId));
  if (current.length === 0) return 0;
  const [pace, activity] = await Promise.all([
    loadEnrolmentPace(tx, { personIds: [...new Set(current.map((row) => row.personId))], now }),
    // Starting, continuing or completing a session all touch its progress row.
    tx
      .select({ personId: micropdProgress.personId, lastAt: max(micropdProgress.updatedAt) })
      .from(micropdProgress)
      .where(anyId(micropdProgress.personId, personIds))
      .groupBy(micropdProgress.personId),
  ]);
  const lastActivityOf = new Map(activity.map((row) => [row.personId, row.lastAt]));
  let written = 0;
  const nudged = new Set<string>();
  for (const row of current) {
    if (nudged.has(row.personId)) continue;
    const fact = pace.get(row.enrolmentId);
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
    nudged.add(row.personId);
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
