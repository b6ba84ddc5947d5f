import { formatLocalDateTime } from "@throughline/domain/local-time";
import { WORKSHOP_NOTICE_DAYS, workshopReminderDue } from "@throughline/domain/rules/reminders";
import { and, gt, inArray, lte } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, enrolment } from "../../schema/index.ts";
import { activeEnrolment } from "../enrolments/active-enrolment.ts";
import { notify } from "../notifications/notify.ts";
import type { ReminderContext } from "./reminder-context.ts";

const dayMs = 86_400_000;

/** Tells a cohort's teachers (not withdrawn) that its workshop is two days away or less. */
export async function remindWorkshops(tx: Transaction, context: ReminderContext): Promise<number> {
  const { now, timeZone } = context;
  const cohorts = await tx
    .select({
      cohortId: cohort.id,
      name: cohort.name,
      stageId: cohort.stageId,
      workshopStartsAt: cohort.workshopStartsAt,
      workshopLocation: cohort.workshopLocation,
    })
    .from(cohort)
    .where(
      and(
        gt(cohort.workshopStartsAt, now),
        lte(cohort.workshopStartsAt, new Date(now.getTime() + WORKSHOP_NOTICE_DAYS * dayMs)),
      ),
    );
  if (cohorts.length === 0) return 0;
  const enrolled = await tx
    .select({ cohortId: enrolment.cohortId, personId: enrolment.personId })
    .from(enrolment)
    .where(
      and(
        inArray(
          enrolment.cohortId,
          cohorts.map((row) => row.cohortId),
        ),
        activeEnrolment,
      ),
    );
  let written = 0;
  for (const row of cohorts) {
    const due = workshopReminderDue(row, now);
    if (!due || !row.workshopStartsAt) continue;
    written += await notify(
      tx,
      context.districtId,
      {
        recipientIds: enrolled
          .filter((member) => member.cohortId === row.cohortId)
          .map((member) => member.personId),
        kind: "workshop_upcoming",
        title: `Your ${row.name} workshop is ${formatLocalDateTime(row.workshopStartsAt, timeZone)}`,
        body: row.workshopLocation ?? "The details are on your stage page.",
        link: { app: "teacher", path: `/stages/${row.stageId}` },
        subjectId: row.cohortId,
        dedupeKey: due.dedupeKey,
      },
      now,
    );
  }
  return written;
}
