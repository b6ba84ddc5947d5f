import type { FeedbackItemKind, PendingFeedback } from "@throughline/domain/session-feedback";
import { type AnyColumn, and, eq, type SQL, sql } from "drizzle-orm";
import { QueryBuilder, unionAll } from "drizzle-orm/pg-core";
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
 * The items a teacher has finished and so may be asked about: a MicroPD session they completed,
 * a workshop they attended, a support meeting that was held and they were present at. One
 * select per kind, each with the moment it finished and a title, so the pulse's right to ask and
 * the home's "recent, unanswered" list are the same rule.
 */

interface Filter {
  personId: string;
  /** Only this item (the pulse on one item). */
  itemId?: string;
  /** Only items finished at or after this moment (the home's recent list). */
  since?: Date;
  /** Only items with no feedback row yet, answered or skipped. */
  unansweredOnly?: boolean;
}

/** `at >= since` for a computed moment (a column would encode the date itself). */
function atOrAfter(at: SQL<Date>, since: Date): SQL {
  return sql`${at} >= ${since.toISOString()}::timestamptz`;
}

/** The filter's conditions on one kind's rows: which item, finished since when, unanswered. */
function filtered(
  filter: Filter,
  kind: FeedbackItemKind,
  row: { districtId: AnyColumn; personId: AnyColumn },
  itemId: AnyColumn,
  finishedAt: SQL<Date>,
): (SQL | undefined)[] {
  return [
    filter.itemId ? eq(itemId, filter.itemId) : undefined,
    filter.since ? atOrAfter(finishedAt, filter.since) : undefined,
    filter.unansweredOnly ? noFeedback(kind, row, itemId, row.personId) : undefined,
  ];
}

function completedSessions(tx: Transaction, filter: Filter) {
  const item = finishedItemColumns().micropd_session;
  return tx
    .select(item)
    .from(micropdProgress)
    .innerJoin(micropdSession, sessionOfProgress)
    .where(
      and(
        ...completedSessionOf(filter.personId),
        ...filtered(filter, "micropd_session", micropdProgress, item.itemId, item.finishedAt),
      ),
    );
}

function attendedWorkshops(tx: Transaction, filter: Filter) {
  const item = finishedItemColumns().workshop;
  return tx
    .select(item)
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .innerJoin(stage, stageOfCohort)
    .where(
      and(
        ...attendedWorkshopOf(filter.personId),
        ...filtered(filter, "workshop", enrolment, item.itemId, item.finishedAt),
      ),
    );
}

function attendedMeetings(tx: Transaction, filter: Filter) {
  const item = finishedItemColumns().support_meeting;
  return tx
    .select(item)
    .from(meetingAttendance)
    .innerJoin(supportMeeting, meetingOfAttendance)
    .where(
      and(
        ...presentAtClosedMeeting(filter.personId),
        ...filtered(filter, "support_meeting", meetingAttendance, item.itemId, item.finishedAt),
      ),
    );
}

const byKind = {
  micropd_session: completedSessions,
  workshop: attendedWorkshops,
  support_meeting: attendedMeetings,
} satisfies Record<FeedbackItemKind, (tx: Transaction, filter: Filter) => unknown>;

/** The item if this teacher finished it (and so may give feedback on it), else null. */
export async function findFinishedItem(
  tx: Transaction,
  params: { personId: string; itemKind: FeedbackItemKind; itemId: string },
): Promise<PendingFeedback | null> {
  const [row] = await byKind[params.itemKind](tx, params).limit(1);
  return row ?? null;
}

/**
 * What the teacher finished since `since` and has neither answered nor skipped, newest first,
 * composed from the per-kind selects above: the definition the home's prepared statement
 * (`pendingFeedbackItems`) is held equal to by its test, and its baseline in the bench.
 */
export async function referencePendingItems(
  tx: Transaction,
  params: { personId: string; since: Date; limit: number },
): Promise<PendingFeedback[]> {
  const filter: Filter = { personId: params.personId, since: params.since, unansweredOnly: true };
  const rows = await unionAll(
    completedSessions(tx, filter),
    attendedWorkshops(tx, filter),
    attendedMeetings(tx, filter),
  )
    .orderBy(sql`4 desc`)
    .limit(params.limit);
  return rows.map((row) => ({ ...row, finishedAt: new Date(row.finishedAt) }));
}

/*
 * The home's "how was it?" list: what the teacher finished since a moment and has neither
 * answered nor skipped, newest first. The same rule as the pulse's right to ask
 * (`referencePendingItems` above composes it per kind; `pending-items.test.ts` holds the two
 * equal), as one statement whose SQL text is built once per process and
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
