import type { PendingFeedback } from "@throughline/domain/session-feedback";
import { and, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Transaction } from "../../client.ts";
import {
  cohort,
  enrolment,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  stage,
  supportMeeting,
} from "../../schema/index.ts";
import { prebuiltSelect } from "../home-pages/prebuilt-select.ts";
import {
  attendedWorkshopOf,
  completedSessionOf,
  presentAtClosedMeeting,
} from "../sql/finished-pd.ts";
import {
  cohortOfEnrolment,
  meetingOfAttendance,
  sessionOfProgress,
  stageOfCohort,
} from "../sql/same-district-joins.ts";
import { finishedItemColumns, noFeedback } from "./feedback-given.ts";

/*
 * The home's "how was it?" list: what the teacher finished since a moment and has neither
 * answered nor skipped, newest first. The same rule as the pulse's right to ask
 * (`finished-items.ts`, whose `referencePendingItems` composes it per kind, held equal by
 * `pending-items.test.ts`), as one statement whose SQL text is built once per process and
 * prepared: building the three selects and their union with drizzle on every call cost more
 * node time than running them. Each part reads by key only the teacher's own rows: her
 * completions since the moment (`micropd_progress_person_completed_idx`), her enrolments
 * (`enrolment_person_idx`), the meetings she was present at (`meeting_attendance_present_idx`),
 * each with its feedback looked up by `session_feedback_item_person_key`. The fixed values are
 * written into the text, not bound, so the plan PostgreSQL keeps for every call (a generic one)
 * can use the partial index of present attendance.
 */

const since = sql`${sql.placeholder("since")}::timestamptz`;
const personId = sql.placeholder("personId");

const pendingItems = prebuiltSelect("session_feedback_pending", () => {
  const qb = new QueryBuilder({ casing: "snake_case" });
  const items = finishedItemColumns();
  const selection = items.micropd_session;
  const sessions = qb
    .select(selection)
    .from(micropdProgress)
    .innerJoin(micropdSession, sessionOfProgress)
    .where(
      and(
        ...completedSessionOf(personId),
        sql`${micropdProgress.completedAt} >= ${since}`,
        noFeedback("micropd_session", micropdProgress, selection.itemId, personId),
      ),
    );
  const workshops = qb
    .select(items.workshop)
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .where(
      and(
        ...attendedWorkshopOf(personId),
        sql`${items.workshop.finishedAt} >= ${since}`,
        noFeedback("workshop", enrolment, items.workshop.itemId, personId),
      ),
    );
  const meetings = qb
    .select(items.support_meeting)
    .from(meetingAttendance)
    .innerJoin(supportMeeting, meetingOfAttendance)
    .where(
      and(
        ...presentAtClosedMeeting(personId),
        sql`${items.support_meeting.finishedAt} >= ${since}`,
        noFeedback("support_meeting", meetingAttendance, items.support_meeting.itemId, personId),
      ),
    );
  const query = sessions
    .unionAll(workshops)
    .unionAll(meetings)
    // Ties (a meeting and a session finished at the same instant) in one fixed order.
    .orderBy(sql`4 desc, 1, 2`)
    .limit(sql.placeholder("limit"));
  return { query, selection };
});

/** What the teacher finished since `since` and has neither answered nor skipped, newest first. */
export async function pendingFeedbackItems(
  tx: Transaction,
  params: { personId: string; since: Date; limit: number },
): Promise<PendingFeedback[]> {
  return pendingItems(tx, {
    personId: params.personId,
    since: params.since.toISOString(),
    limit: params.limit,
  });
}
